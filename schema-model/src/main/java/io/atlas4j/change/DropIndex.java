package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Drops an index. */
public record DropIndex(Index index) implements TableChange {
    public DropIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
