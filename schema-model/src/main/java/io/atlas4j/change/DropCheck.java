package io.atlas4j.change;

import io.atlas4j.schema.Check;
import java.util.Objects;

/** Drops a check constraint. */
public record DropCheck(Check check) implements TableChange {
    public DropCheck {
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropCheck(this);
    }
}
