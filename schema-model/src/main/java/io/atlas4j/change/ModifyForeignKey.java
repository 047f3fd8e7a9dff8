package io.atlas4j.change;

import io.atlas4j.schema.ForeignKey;
import java.util.Objects;

/** Changes a foreign key. */
public record ModifyForeignKey(ForeignKey from, ForeignKey to) implements TableChange {
    public ModifyForeignKey {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyForeignKey(this);
    }
}
