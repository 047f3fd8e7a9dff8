package io.atlas4j.postgres;

import io.atlas4j.schema.type.DialectType;

import java.util.Objects;

/** A built-in type without parameters that has no generic counterpart ({@code money}, {@code xml}, {@code tsvector}, {@code oid}). */
public record PgNamedType(String name) implements DialectType {
    public PgNamedType {
        Objects.requireNonNull(name, "name");
    }
}
