package io.atlas4j.postgres;


/** A foreign key declared {@code MATCH FULL}. */
public record PgMatchFull() implements io.atlas4j.schema.Attr {
}
