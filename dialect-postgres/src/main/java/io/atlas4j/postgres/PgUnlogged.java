package io.atlas4j.postgres;


/** An {@code UNLOGGED} table. */
public record PgUnlogged() implements io.atlas4j.schema.Attr {
}
