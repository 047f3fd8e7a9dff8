package io.atlas4j.change;

import io.atlas4j.schema.Index;
import java.util.Objects;

/** Changes the primary key. */
public record ModifyPrimaryKey(Index from, Index to) implements TableChange {
    public ModifyPrimaryKey {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyPrimaryKey(this);
    }
}
