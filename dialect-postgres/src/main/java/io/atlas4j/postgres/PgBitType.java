package io.atlas4j.postgres;

import io.atlas4j.schema.type.DialectType;

import java.util.Objects;
import java.util.OptionalInt;

/** A bit string, {@code bit(n)} or {@code bit varying(n)}. */
public record PgBitType(String name, OptionalInt length) implements DialectType {
    public PgBitType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(length, "length");
    }
}
