package io.atlas4j.schema.type;

import java.util.Objects;

/** An integer type ({@code INTEGER}, {@code bigint}, {@code int unsigned}). */
public record IntegerType(String name, boolean unsigned) implements ColumnType {
    public IntegerType {
        Objects.requireNonNull(name, "name");
    }

    public IntegerType(String name) {
        this(name, false);
    }
}
