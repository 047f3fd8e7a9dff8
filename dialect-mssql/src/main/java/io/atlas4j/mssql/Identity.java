package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/** An {@code IDENTITY(seed, increment)} column. SQL Server cannot add or remove it in place, so a change rebuilds the table. */
public record Identity(long seed, long increment) implements Attr {
}
