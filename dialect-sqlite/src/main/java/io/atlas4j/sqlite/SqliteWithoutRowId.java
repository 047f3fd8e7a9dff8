package io.atlas4j.sqlite;

import io.atlas4j.schema.Attr;

/** A table declared {@code WITHOUT ROWID}: stored as a clustered index on its primary key. */
public record SqliteWithoutRowId() implements Attr {
}
