package io.atlas4j.schema.type;

import java.util.Objects;
import java.util.OptionalInt;

/** A date, time, timestamp or interval type with optional fractional precision. */
public record TimeType(String name, OptionalInt precision) implements ColumnType {
    public TimeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }

    public TimeType(String name) {
        this(name, OptionalInt.empty());
    }
}
