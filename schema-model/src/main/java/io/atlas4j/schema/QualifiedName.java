package io.atlas4j.schema;

import java.util.Objects;
import java.util.Optional;

/** A possibly schema-qualified object name; references in the model are by name, not pointer. */
public record QualifiedName(Optional<String> schema, String name) {
    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(Optional.empty(), name);
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(Optional.ofNullable(schema), name);
    }

    @Override
    public String toString() {
        return schema.map(s -> s + "." + name).orElse(name);
    }
}
