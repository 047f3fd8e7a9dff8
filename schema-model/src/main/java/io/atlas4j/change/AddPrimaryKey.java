package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Adds a primary key. */
public record AddPrimaryKey(Index primaryKey) implements TableChange {
    public AddPrimaryKey {
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }
}
