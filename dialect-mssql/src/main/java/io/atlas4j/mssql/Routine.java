package io.atlas4j.mssql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Locale;
import java.util.Objects;

/**
 * A function or procedure, kept as its definition ({@code sys.sql_modules.definition}: the CREATE
 * statement as written).
 *
 * @param kind {@code "function"} or {@code "procedure"}
 */
public record Routine(String kind, String name, String definition, Attrs attrs) implements SchemaObject {
    public Routine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
        kind = kind.toLowerCase(Locale.ROOT);
        if (!kind.equals("function") && !kind.equals("procedure")) throw new IllegalArgumentException("kind must be function or procedure: " + kind);
    }
}
