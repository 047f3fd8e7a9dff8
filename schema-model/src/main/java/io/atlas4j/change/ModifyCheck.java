package io.atlas4j.change;

import io.atlas4j.schema.Check;
import java.util.Objects;

/** Changes a check constraint. */
public record ModifyCheck(Check from, Check to) implements TableChange {
    public ModifyCheck {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyCheck(this);
    }
}
