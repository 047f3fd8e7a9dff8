package io.atlas4j.change;

import io.atlas4j.schema.ForeignKey;
import java.util.Objects;

/** Drops a foreign key. */
public record DropForeignKey(ForeignKey foreignKey) implements TableChange {
    public DropForeignKey {
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
