package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/** A {@code SPARSE} column. */
public record Sparse() implements Attr {
}
