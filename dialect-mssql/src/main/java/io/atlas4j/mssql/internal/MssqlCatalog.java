package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.internal.MssqlRows.CheckRow;
import io.atlas4j.mssql.internal.MssqlRows.ColumnRow;
import io.atlas4j.mssql.internal.MssqlRows.ForeignKeyRow;
import io.atlas4j.mssql.internal.MssqlRows.IndexRow;
import io.atlas4j.mssql.internal.MssqlRows.ModuleRow;
import io.atlas4j.mssql.internal.MssqlRows.SchemaRow;
import io.atlas4j.mssql.internal.MssqlRows.SequenceRow;
import io.atlas4j.mssql.internal.MssqlRows.TableRow;
import io.atlas4j.mssql.internal.MssqlRows.TypeRow;
import io.atlas4j.mssql.internal.MssqlRows.ViewRow;
import java.util.List;

/** Every row one inspection read, query by query: what {@link MssqlAssembler} turns into the model. */
public record MssqlCatalog(List<SchemaRow> schemas, List<TableRow> tables, List<ColumnRow> columns, List<IndexRow> indexes,
                           List<ForeignKeyRow> foreignKeys, List<CheckRow> checks, List<ViewRow> views, List<ModuleRow> modules,
                           List<SequenceRow> sequences, List<TypeRow> types) {
    public MssqlCatalog {
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        views = List.copyOf(views);
        modules = List.copyOf(modules);
        sequences = List.copyOf(sequences);
        types = List.copyOf(types);
    }
}
