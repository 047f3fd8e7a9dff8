package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Changes an index (dropped and re-created where the dialect cannot alter it). */
public record ModifyIndex(Index from, Index to) implements TableChange {
    public ModifyIndex {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyIndex(this);
    }
}
