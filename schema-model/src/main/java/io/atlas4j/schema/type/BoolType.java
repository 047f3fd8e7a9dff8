package io.atlas4j.schema.type;

import java.util.Objects;

/** A boolean type. */
public record BoolType(String name) implements ColumnType {
    public BoolType {
        Objects.requireNonNull(name, "name");
    }
}
