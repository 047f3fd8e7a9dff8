package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view. {@code definition} is the statement or query as the database keeps it;
 * {@code dependsOn} names the tables and views it reads, when the inspector knows them.
 */
public record View(String name, String definition, List<QualifiedName> dependsOn, Attrs attrs) {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(attrs, "attrs");
    }

    public static View of(String name, String definition) {
        return new View(name, definition, List.of(), Attrs.EMPTY);
    }

    /** Views compare by name, definition and attributes; dependencies are derived facts. */
    @Override
    public boolean equals(Object o) {
        return o instanceof View v && name.equals(v.name) && definition.equals(v.definition) && attrs.equals(v.attrs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, definition, attrs);
    }
}
