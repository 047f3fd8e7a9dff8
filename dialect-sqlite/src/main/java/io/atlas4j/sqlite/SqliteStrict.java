package io.atlas4j.sqlite;

import io.atlas4j.schema.Attr;

/** A table declared {@code STRICT}: values must match the declared column types. */
public record SqliteStrict() implements Attr {
}
