package io.atlas4j.postgres;


/** A check or foreign key created {@code NOT VALID} and not validated since. */
public record PgNotValid() implements io.atlas4j.schema.Attr {
}
