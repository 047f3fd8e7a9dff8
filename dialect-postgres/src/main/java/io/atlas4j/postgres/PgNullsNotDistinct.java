package io.atlas4j.postgres;


/** A unique index or constraint that treats NULLs as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15+). */
public record PgNullsNotDistinct() implements io.atlas4j.schema.Attr {
}
