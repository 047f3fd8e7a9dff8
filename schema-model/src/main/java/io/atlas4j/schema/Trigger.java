package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;

/** A trigger on a table or view; {@code definition} is its full CREATE TRIGGER statement. */
public record Trigger(String name, String table, String definition, Attrs attrs) implements SchemaObject {
    public Trigger {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "trigger";
    }

    /** {@return its table, and what the catalog records it needs besides (the function it calls)} */
    @Override
    public List<QualifiedName> dependsOn() {
        List<QualifiedName> more = attrs.get(DependsOn.class).map(DependsOn::names).orElse(List.of());
        if (more.isEmpty()) return List.of(QualifiedName.of(table));
        List<QualifiedName> out = new java.util.ArrayList<>(more.size() + 1);
        out.add(QualifiedName.of(table));
        out.addAll(more);
        return List.copyOf(out);
    }
}
