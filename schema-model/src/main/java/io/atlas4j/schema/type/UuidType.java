package io.atlas4j.schema.type;

import java.util.Objects;

/** A UUID type. */
public record UuidType(String name) implements ColumnType {
    public UuidType {
        Objects.requireNonNull(name, "name");
    }
}
