package io.atlas4j.postgres;


/** Marks a unique index that backs a {@code UNIQUE} table constraint rather than a bare {@code CREATE UNIQUE INDEX}. */
public record PgUniqueConstraint() implements io.atlas4j.schema.Attr {
}
