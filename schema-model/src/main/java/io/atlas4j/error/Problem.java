package io.atlas4j.error;

import java.util.Objects;

/** One problem found while validating a schema: the object it concerns and what is wrong. */
public record Problem(String object, String message) {
    public Problem {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return object + ": " + message;
    }
}
