package io.atlas4j.change;

import io.atlas4j.schema.Column;
import java.util.Objects;

/** Renames a column, keeping its values. */
public record RenameColumn(Column from, Column to) implements TableChange {
    public RenameColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameColumn(this);
    }
}
