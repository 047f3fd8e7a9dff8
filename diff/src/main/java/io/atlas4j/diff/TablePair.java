package io.atlas4j.diff;

import io.atlas4j.schema.Table;
import java.util.Objects;

/** The two sides of a table comparison after normalization. */
public record TablePair(Table current, Table desired) {
    public TablePair {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
    }
}
