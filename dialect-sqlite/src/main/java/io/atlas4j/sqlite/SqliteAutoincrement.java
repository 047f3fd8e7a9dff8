package io.atlas4j.sqlite;

import io.atlas4j.schema.Attr;

/**
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}: row ids are never reused. Carried by the primary key
 * ({@code table.primaryKey().get().attrs()}); a table attribute of this class means the same.
 */
public record SqliteAutoincrement() implements Attr {
}
