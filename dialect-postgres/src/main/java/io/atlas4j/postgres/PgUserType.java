package io.atlas4j.postgres;

import io.atlas4j.schema.type.DialectType;

import java.util.Objects;

/**
 * A column typed by a user-defined type of the inspected schema: an enum, a domain or a
 * composite type ({@code kind} is {@code "enum"}, {@code "domain"} or {@code "composite"}).
 * Its values or fields live on the type object itself, so adding an enum value changes no column.
 */
public record PgUserType(String name, String kind) implements DialectType {
    public PgUserType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
