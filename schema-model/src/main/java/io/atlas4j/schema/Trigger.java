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

    @Override
    public List<QualifiedName> dependsOn() {
        return List.of(QualifiedName.of(table));
    }
}
