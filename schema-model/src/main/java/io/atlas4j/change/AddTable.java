package io.atlas4j.change;

import io.atlas4j.schema.Table;
import java.util.Objects;

/** Creates a table with its indexes, keys and checks. */
public record AddTable(String schema, Table table) implements Change {
    public AddTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addTable(this);
    }
}
