package io.atlas4j.postgres;

/** Row-level security on a table: {@code ENABLE ROW LEVEL SECURITY}, and {@code FORCE} for the owner too. */
public record PgRowSecurity(boolean enabled, boolean forced) implements io.atlas4j.schema.Attr {
}
