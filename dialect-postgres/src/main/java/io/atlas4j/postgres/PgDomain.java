package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A domain: its base type, NOT NULL, default and named checks ({@code name: CHECK (...)}), sorted. */
public record PgDomain(String name, String baseType, boolean notNull, Optional<String> defaultValue, List<String> checks, Attrs attrs) implements SchemaObject {
    public PgDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");
        Objects.requireNonNull(baseType, "baseType");
        Objects.requireNonNull(defaultValue, "defaultValue");
        checks = checks.stream().sorted().toList();
    }

    @Override
    public String kind() {
        return "domain";
    }

    /** {@return the types (and, for routines, the tables) it is built on, as the catalog records them} */
    @Override
    public List<QualifiedName> dependsOn() {
        return attrs.get(DependsOn.class).map(DependsOn::names).orElse(List.of());
    }
}
