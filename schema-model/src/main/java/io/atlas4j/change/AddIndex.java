package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Creates an index. */
public record AddIndex(Index index) implements TableChange {
    public AddIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addIndex(this);
    }
}
