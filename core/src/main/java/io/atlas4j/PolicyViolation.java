package io.atlas4j;

import io.atlas4j.change.Edit;
import java.util.Objects;

/** A change a {@link Policy} refuses, with the object and the reason. */
public record PolicyViolation(Edit change, String object, String reason) {
    public PolicyViolation {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return reason;
    }
}
