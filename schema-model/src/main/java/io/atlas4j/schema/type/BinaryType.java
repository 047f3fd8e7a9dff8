package io.atlas4j.schema.type;

import java.util.Objects;
import java.util.OptionalInt;

/** A binary type with an optional length ({@code BLOB}, {@code bytea}, {@code varbinary(16)}). */
public record BinaryType(String name, OptionalInt size) implements ColumnType {
    public BinaryType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(size, "size");
    }

    public BinaryType(String name) {
        this(name, OptionalInt.empty());
    }
}
