package io.atlas4j.postgres;


/** The NULLS FIRST / NULLS LAST order of an index part, kept only when it differs from the default for its direction. */
public record PgNullsOrder(boolean nullsFirst) implements io.atlas4j.schema.Attr {
}
