package io.atlas4j.schema.type;

import java.util.List;
import java.util.Objects;

/** An enumerated type: inline (MySQL {@code ENUM('a','b')}) or a named type (PostgreSQL). */
public record EnumType(String name, List<String> values) implements ColumnType {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
