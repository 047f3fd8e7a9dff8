package io.atlas4j.change;

import io.atlas4j.schema.Table;
import java.util.Objects;

/** Drops a table. */
public record DropTable(String schema, Table table) implements Change {
    public DropTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
