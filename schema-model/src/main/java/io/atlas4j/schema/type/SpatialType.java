package io.atlas4j.schema.type;

import java.util.Objects;

/** A spatial type ({@code geometry}, {@code point}). */
public record SpatialType(String name) implements ColumnType {
    public SpatialType {
        Objects.requireNonNull(name, "name");
    }
}
