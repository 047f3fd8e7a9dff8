package io.atlas4j.postgres;

import io.atlas4j.schema.type.DialectType;

import java.util.Objects;

/** A range or multirange type ({@code int4range}, {@code tstzrange}, {@code datemultirange}). */
public record PgRangeType(String name) implements DialectType {
    public PgRangeType {
        Objects.requireNonNull(name, "name");
    }
}
