package io.atlas4j.postgres;

/**
 * An index PostgreSQL marks INVALID ({@code pg_index.indisvalid = false}), left by a failed or
 * interrupted {@code CREATE INDEX CONCURRENTLY}. It is never what a desired schema means, so it
 * diffs as changed and the plan drops and re-creates it.
 */
public record PgInvalidIndex() implements io.atlas4j.schema.Attr {
}
