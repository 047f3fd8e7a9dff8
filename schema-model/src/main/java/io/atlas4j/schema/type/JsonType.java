package io.atlas4j.schema.type;

import java.util.Objects;

/** A JSON type ({@code json}, {@code jsonb}). */
public record JsonType(String name) implements ColumnType {
    public JsonType {
        Objects.requireNonNull(name, "name");
    }
}
