package io.atlas4j.schema.type;

import java.util.Objects;
import java.util.OptionalInt;

/** An exact numeric type with optional precision and scale. */
public record DecimalType(String name, OptionalInt precision, OptionalInt scale, boolean unsigned) implements ColumnType {
    public DecimalType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(scale, "scale");
    }

    public DecimalType(String name, int precision, int scale) {
        this(name, OptionalInt.of(precision), OptionalInt.of(scale), false);
    }
}
