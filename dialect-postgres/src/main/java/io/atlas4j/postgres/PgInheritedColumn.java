package io.atlas4j.postgres;

/** A column a table has only through inheritance or partitioning, not declared on the table itself. */
public record PgInheritedColumn() implements io.atlas4j.schema.Attr {
}
