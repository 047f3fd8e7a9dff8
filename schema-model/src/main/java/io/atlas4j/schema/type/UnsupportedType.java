package io.atlas4j.schema.type;

import java.util.Objects;

/** A type the dialect's codec did not understand, kept verbatim so that it round-trips. */
public record UnsupportedType(String raw) implements ColumnType {
    public UnsupportedType {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String name() {
        return raw;
    }
}
