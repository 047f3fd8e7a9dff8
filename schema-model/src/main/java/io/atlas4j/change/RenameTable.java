package io.atlas4j.change;

import io.atlas4j.schema.Table;
import java.util.Objects;

/** Renames a table, keeping its rows. */
public record RenameTable(String schema, Table from, Table to) implements Change {
    public RenameTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
