package io.atlas4j.sqlite.internal;

import java.util.List;

/** The rows the inspector's queries return, as plain records: the input of {@link SchemaMapper} (and what the offline loader builds). */
public record CatalogRows(List<TableRow> tables, List<ColumnRow> columns, List<IndexRow> indexes, List<ForeignKeyRow> foreignKeys,
                   List<ObjectRow> objects) {
    public CatalogRows {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        objects = List.copyOf(objects);
    }

    public record TableRow(String name, String sql, boolean withoutRowId, boolean strict, boolean virtual) {
    }

    /** A sqlite_schema entry: the inspector's first query, joined with {@link TableKind} into the rows here. */
    public record SchemaEntry(long rowid, String type, String name, String table, String sql) {
    }

    /** A pragma_table_list row: {@code type} is table, virtual or shadow. */
    public record TableKind(String type, boolean withoutRowId, boolean strict) {
    }

    /** @param defaultValue null when the column has no default */
    public record ColumnRow(String table, int cid, String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    /**
     * @param seq the index's position in pragma_index_list (0 = the newest)
     * @param sql null for indexes SQLite made for constraints; cid -2 marks an expression, -1 the rowid
     */
    public record IndexRow(String table, int seq, String index, boolean unique, String origin, boolean partial, String sql, int seqno,
                    int cid, String column, boolean desc, String collation) {
    }

    /** @param to null when the key references the parent's primary key implicitly */
    public record ForeignKeyRow(String table, int id, int seq, String refTable, String from, String to, String onUpdate,
                         String onDelete) {
    }

    public record ObjectRow(String type, String name, String table, String sql) {
    }
}
