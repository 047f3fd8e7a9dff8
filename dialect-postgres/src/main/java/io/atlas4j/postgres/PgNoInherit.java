package io.atlas4j.postgres;


/** A check constraint declared {@code NO INHERIT}. */
public record PgNoInherit() implements io.atlas4j.schema.Attr {
}
