package io.atlas4j.schema;

import java.util.Objects;

/** A generated (computed) column: its expression and whether the value is stored. */
public record Generated(String expr, boolean stored) implements Attr {
    public Generated {
        Objects.requireNonNull(expr, "expr");
    }
}
