package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/** Marks a clustered primary key or index (at most one per table); its absence means nonclustered. */
public record Clustered() implements Attr {
}
