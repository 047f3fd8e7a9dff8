package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rewrite rule on a table or view ({@code CREATE RULE}). {@code name} is {@code table.rule}
 * (rule names are unique per table only); {@code definition} is {@code pg_get_ruledef}.
 */
public record PgRule(String name, String table, String rule, String definition, Attrs attrs) implements SchemaObject {
    public PgRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "rule";
    }

    /** {@return its table, and the relations and routines its actions use} */
    @Override
    public List<QualifiedName> dependsOn() {
        List<QualifiedName> out = new ArrayList<>();
        out.add(QualifiedName.of(table));
        attrs.get(DependsOn.class).ifPresent(d -> out.addAll(d.names()));
        return out;
    }
}
