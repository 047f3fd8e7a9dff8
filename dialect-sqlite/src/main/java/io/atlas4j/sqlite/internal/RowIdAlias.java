package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.Attr;

/**
 * Marks the column of an {@code INTEGER PRIMARY KEY} (an alias of the rowid), set during
 * normalization. Such a column never holds NULL whether or not it declares NOT NULL, so the two
 * spellings compare equal; the column itself keeps what was declared, so a created or rebuilt
 * table says exactly what the schema file says.
 */
record RowIdAlias() implements Attr.Derived {
}
