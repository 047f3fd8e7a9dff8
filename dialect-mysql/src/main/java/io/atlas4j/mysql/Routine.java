package io.atlas4j.mysql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/**
 * A stored function or procedure. {@code definition} is the CREATE statement rebuilt from the
 * catalog (parameters, return type, characteristics and body), so that two servers that hold the
 * same routine produce the same text.
 */
public record Routine(String kind, String name, String definition, Attrs attrs) implements SchemaObject {
    public Routine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
        if (!kind.equals("function") && !kind.equals("procedure")) {
            throw new IllegalArgumentException("routine kind must be function or procedure, not " + kind);
        }
    }
}
