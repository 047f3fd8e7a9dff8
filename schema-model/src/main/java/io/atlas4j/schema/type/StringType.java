package io.atlas4j.schema.type;

import java.util.Objects;
import java.util.OptionalInt;

/** A character type with an optional length ({@code TEXT}, {@code varchar(255)}). */
public record StringType(String name, OptionalInt size) implements ColumnType {
    public StringType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(size, "size");
    }

    public StringType(String name) {
        this(name, OptionalInt.empty());
    }

    public StringType(String name, int size) {
        this(name, OptionalInt.of(size));
    }
}
