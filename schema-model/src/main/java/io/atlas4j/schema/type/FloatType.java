package io.atlas4j.schema.type;

import java.util.Objects;
import java.util.OptionalInt;

/** An approximate numeric type ({@code REAL}, {@code double precision}, {@code float(24)}). */
public record FloatType(String name, OptionalInt precision, boolean unsigned) implements ColumnType {
    public FloatType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
    }

    public FloatType(String name) {
        this(name, OptionalInt.empty(), false);
    }
}
