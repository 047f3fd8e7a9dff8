package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;
import java.util.List;

/** The non-key columns an index carries ({@code INCLUDE (...)}). */
public record IncludedColumns(List<String> columns) implements Attr {
    public IncludedColumns {
        columns = List.copyOf(columns);
    }
}
