package io.atlas4j.hcl;

import java.util.Objects;

/** One error found in an HCL file; prints as {@code file:line,col-range: message}. */
public record Diagnostic(Range range, String message) {
    public Diagnostic {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return range + ": " + message;
    }
}
