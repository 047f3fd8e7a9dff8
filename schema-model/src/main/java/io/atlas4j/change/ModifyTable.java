package io.atlas4j.change;

import io.atlas4j.schema.Table;
import java.util.List;
import java.util.Objects;

/** Changes a table in place; {@code changes} says what changed. */
public record ModifyTable(String schema, Table from, Table to, List<TableChange> changes) implements Change {
    public ModifyTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyTable(this);
    }
}
