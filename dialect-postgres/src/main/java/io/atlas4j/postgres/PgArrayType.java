package io.atlas4j.postgres;

import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DialectType;

import java.util.Objects;

/** An array of any element type ({@code integer[]}); PostgreSQL does not enforce dimensions, so none are kept. */
public record PgArrayType(ColumnType element) implements DialectType {
    public PgArrayType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String name() {
        return element.name() + "[]";
    }
}
