package io.atlas4j.postgres;

import io.atlas4j.schema.type.DialectType;

import java.util.Objects;

/** A network address type ({@code inet}, {@code cidr}, {@code macaddr}, {@code macaddr8}). */
public record PgNetworkType(String name) implements DialectType {
    public PgNetworkType {
        Objects.requireNonNull(name, "name");
    }
}
