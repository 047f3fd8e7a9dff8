package io.atlas4j.erd;

import java.util.List;
import java.util.Objects;

/**
 * A box of the diagram: a table with its columns, or a view (which the model knows by name and
 * dependencies only). {@code id} is stable for a given model: {@code n} and the position in
 * (schema, name) order.
 */
public record ErdNode(String id, String schema, String name, Kind kind, List<ErdField> fields, ErdMark mark) {
    public ErdNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        Objects.requireNonNull(mark, "mark");
    }

    /** {@return schema and name joined by a dot} */
    public String qualifiedName() {
        return schema.isEmpty() ? name : schema + "." + name;
    }

    /** What a box stands for. */
    public enum Kind { TABLE, VIEW }
}
