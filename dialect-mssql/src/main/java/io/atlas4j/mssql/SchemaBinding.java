package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/** A view created {@code WITH SCHEMABINDING}: the tables it reads cannot change under it, so the planner drops and re-creates it around such changes. */
public record SchemaBinding() implements Attr {
}
