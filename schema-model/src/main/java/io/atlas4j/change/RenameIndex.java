package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Renames an index. */
public record RenameIndex(Index from, Index to) implements TableChange {
    public RenameIndex {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}
