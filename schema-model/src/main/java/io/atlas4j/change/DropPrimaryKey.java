package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Drops the primary key. */
public record DropPrimaryKey(Index primaryKey) implements TableChange {
    public DropPrimaryKey {
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }
}
