package io.atlas4j.sqlite;

import io.atlas4j.schema.Attr;

/**
 * Marks a unique index that is a {@code UNIQUE} constraint of the table (SQLite backs it with an
 * {@code sqlite_autoindex_*} index) rather than a {@code CREATE UNIQUE INDEX}: only a table rebuild
 * can add or drop it.
 */
public record SqliteUniqueConstraint() implements Attr {
}
