package io.atlas4j.change;

import io.atlas4j.schema.ForeignKey;
import java.util.Objects;

/** Adds a foreign key. */
public record AddForeignKey(ForeignKey foreignKey) implements TableChange {
    public AddForeignKey {
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
