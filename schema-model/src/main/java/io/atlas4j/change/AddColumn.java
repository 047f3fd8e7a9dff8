package io.atlas4j.change;

import io.atlas4j.schema.Column;
import java.util.Objects;

/** Adds a column. */
public record AddColumn(Column column) implements TableChange {
    public AddColumn {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
