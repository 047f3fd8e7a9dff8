package io.atlas4j.change;

import io.atlas4j.schema.Check;
import java.util.Objects;

/** Adds a check constraint. */
public record AddCheck(Check check) implements TableChange {
    public AddCheck {
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addCheck(this);
    }
}
