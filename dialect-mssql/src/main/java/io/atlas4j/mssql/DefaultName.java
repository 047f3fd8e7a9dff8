package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/**
 * The name of a column's default constraint. Derived: two defaults compare by expression, but the
 * planner needs the name to drop one before changing or dropping its column.
 */
public record DefaultName(String name) implements Attr.Derived {
    public DefaultName {
        Objects.requireNonNull(name, "name");
    }
}
