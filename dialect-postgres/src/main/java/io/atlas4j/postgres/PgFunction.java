package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;

/**
 * A function or procedure. {@code name} carries the identity arguments ({@code add(integer, integer)})
 * so that overloads are distinct objects; {@code definition} is {@code pg_get_functiondef} with the
 * schema qualifier of the inspected schema removed; {@code result} is the return type (empty for procedures).
 */
public record PgFunction(String name, String kind, String result, String definition, Attrs attrs) implements SchemaObject {
    public PgFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
    }

    /** {@return the bare name, without arguments} */
    public String simpleName() {
        int p = name.indexOf('(');
        return p < 0 ? name : name.substring(0, p);
    }

    /** {@return the identity argument list, without parentheses} */
    public String arguments() {
        int p = name.indexOf('(');
        return p < 0 ? "" : name.substring(p + 1, name.length() - 1);
    }

    /** {@return the types (and, for routines, the tables) it is built on, as the catalog records them} */
    @Override
    public List<QualifiedName> dependsOn() {
        return attrs.get(DependsOn.class).map(DependsOn::names).orElse(List.of());
    }
}
