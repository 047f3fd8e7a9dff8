package io.atlas4j.mssql.internal;

import io.atlas4j.inspect.Queries.RowMapper;

/** One record per catalog row of {@link MssqlQueries}, and the mappers that read them; no logic beyond reading. */
public final class MssqlRows {
    private MssqlRows() {
    }

    public record SchemaRow(String name) {
        public static final RowMapper<SchemaRow> MAP = r -> new SchemaRow(r.getString(1));
    }

    public record TableRow(String schema, String name, String comment) {
        public static final RowMapper<TableRow> MAP = r -> new TableRow(r.getString(1), r.getString(2), r.getString(3));
    }

    /**
     * A column: {@code typeName} is the alias type when {@code userDefined}, {@code baseType} the system
     * type underneath; {@code databaseCollation} lets a collation equal to the database's read as none.
     */
    public record ColumnRow(String schema, String table, String name, int position, String typeName, boolean userDefined,
                            String baseType, int maxLength, int precision, int scale, boolean nullable, String collation,
                            boolean sparse, boolean identity, Long seed, Long increment, String computed, boolean persisted,
                            String defaultName, String defaultDefinition, String comment, String databaseCollation) {
        public static final RowMapper<ColumnRow> MAP = r -> new ColumnRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                r.getString(5), r.getBoolean(6), r.getString(7), r.getInt(8), r.getInt(9), r.getInt(10), r.getBoolean(11),
                r.getString(12), r.getBoolean(13), r.getBoolean(14), r.getObject(15) == null ? null : r.getLong(15),
                r.getObject(16) == null ? null : r.getLong(16), r.getString(17), r.getBoolean(18), r.getString(19), r.getString(20),
                r.getString(21), r.getString(22));
    }

    /** One key or included column of an index; {@code type} is sys.indexes.type (1 clustered, 2 nonclustered, 5/6 columnstore). */
    public record IndexRow(String schema, String table, String name, int type, boolean unique, boolean primaryKey,
                           boolean uniqueConstraint, String filter, int keyOrdinal, boolean included, boolean descending, String column) {
        public static final RowMapper<IndexRow> MAP = r -> new IndexRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                r.getBoolean(5), r.getBoolean(6), r.getBoolean(7), r.getString(8), r.getInt(9), r.getBoolean(10), r.getBoolean(11),
                r.getString(12));
    }

    public record ForeignKeyRow(String schema, String table, String name, String onDelete, String onUpdate, String column,
                                String refSchema, String refTable, String refColumn) {
        public static final RowMapper<ForeignKeyRow> MAP = r -> new ForeignKeyRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9));
    }

    public record CheckRow(String schema, String table, String name, String definition) {
        public static final RowMapper<CheckRow> MAP = r -> new CheckRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
    }

    public record ViewRow(String schema, String name, String definition, boolean schemaBound) {
        public static final RowMapper<ViewRow> MAP = r -> new ViewRow(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4));
    }

    /** A trigger, function or procedure; {@code type} is sys.objects.type (TR, FN, IF, TF, P), {@code table} a trigger's table. */
    public record ModuleRow(String schema, String name, String type, String definition, String table) {
        public static final RowMapper<ModuleRow> MAP = r -> new ModuleRow(r.getString(1), r.getString(2), r.getString(3).trim(),
                r.getString(4), r.getString(5));
    }

    public record SequenceRow(String schema, String name, String type, long start, long increment, long min, long max, boolean cycle,
                              boolean cached, Integer cacheSize) {
        public static final RowMapper<SequenceRow> MAP = r -> new SequenceRow(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                r.getLong(5), r.getLong(6), r.getLong(7), r.getBoolean(8), r.getBoolean(9), r.getObject(10) == null ? null : r.getInt(10));
    }

    public record TypeRow(String schema, String name, String baseType, int maxLength, int precision, int scale, boolean nullable) {
        public static final RowMapper<TypeRow> MAP = r -> new TypeRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                r.getInt(5), r.getInt(6), r.getBoolean(7));
    }
}
