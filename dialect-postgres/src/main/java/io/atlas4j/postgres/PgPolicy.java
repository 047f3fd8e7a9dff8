package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row-level security policy. {@code name} is {@code table.policy} (policy names are unique per
 * table only); {@code command} is ALL, SELECT, INSERT, UPDATE or DELETE; {@code roles} are sorted,
 * {@code PUBLIC} for everyone.
 */
public record PgPolicy(String name, String table, String policy, boolean permissive, String command, List<String> roles,
                       Optional<String> using, Optional<String> check, Attrs attrs) implements SchemaObject {
    public PgPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(command, "command");
        roles = roles.stream().sorted().toList();
        Objects.requireNonNull(using, "using");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "policy";
    }

    @Override
    public List<QualifiedName> dependsOn() {
        List<QualifiedName> out = new java.util.ArrayList<>();
        out.add(QualifiedName.of(table));
        attrs.get(io.atlas4j.schema.DependsOn.class).ifPresent(d -> out.addAll(d.names()));
        return out;
    }
}
