package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A composite type; {@code fields} holds {@code name type} pairs in order. */
public record PgCompositeType(String name, List<String> fields, Attrs attrs) implements SchemaObject {
    public PgCompositeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");
        fields = List.copyOf(fields);
    }

    @Override
    public String kind() {
        return "composite";
    }

    /** {@return the types (and, for routines, the tables) it is built on, as the catalog records them} */
    @Override
    public List<QualifiedName> dependsOn() {
        return attrs.get(DependsOn.class).map(DependsOn::names).orElse(List.of());
    }
}
