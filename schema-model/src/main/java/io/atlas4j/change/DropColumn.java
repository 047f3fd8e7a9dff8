package io.atlas4j.change;

import io.atlas4j.schema.Column;
import java.util.Objects;

/** Drops a column and its data. */
public record DropColumn(Column column) implements TableChange {
    public DropColumn {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
