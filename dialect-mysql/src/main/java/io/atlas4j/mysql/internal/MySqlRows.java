package io.atlas4j.mysql.internal;

import io.atlas4j.inspect.Queries.RowMapper;

/** One record per catalog row, and the pure mappers that read them; no logic beyond reading. */
public final class MySqlRows {
    private MySqlRows() {
    }

    public record SchemaRow(String name, String charset, String collation) {
        public static final RowMapper<SchemaRow> MAP = r -> new SchemaRow(r.getString(1), r.getString(2), r.getString(3));
    }

    public record TableRow(String name, String type, String engine, String rowFormat, String collation, Long autoIncrement,
                           String createOptions, String comment) {
        public static final RowMapper<TableRow> MAP = r -> new TableRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getObject(6) == null ? null : r.getLong(6), r.getString(7), r.getString(8));
    }

    public record ColumnRow(String table, String name, int position, String defaultValue, boolean nullable, String columnType,
                            String charset, String collation, String extra, String comment, String generationExpr) {
        public static final RowMapper<ColumnRow> MAP = r -> new ColumnRow(r.getString(1), r.getString(2), r.getInt(3),
                r.getString(4), "YES".equals(r.getString(5)), r.getString(6), r.getString(7), r.getString(8),
                nz(r.getString(9)), nz(r.getString(10)), r.getString(11));
    }

    public record IndexRow(String table, String name, boolean unique, int seq, String column, Integer subPart, String collation,
                           String type, String comment, String expr) {
        public static final RowMapper<IndexRow> MAP = r -> new IndexRow(r.getString(1), r.getString(2), r.getInt(3) == 0,
                r.getInt(4), r.getString(5), r.getObject(6) == null ? null : r.getInt(6), r.getString(7), r.getString(8),
                nz(r.getString(9)), r.getString(10));
    }

    public record ForeignKeyRow(String table, String name, String onUpdate, String onDelete) {
        public static final RowMapper<ForeignKeyRow> MAP = r -> new ForeignKeyRow(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4));
    }

    public record ForeignKeyColumnRow(String table, String name, String column, String refSchema, String refTable, String refColumn) {
        public static final RowMapper<ForeignKeyColumnRow> MAP = r -> new ForeignKeyColumnRow(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getString(6));
    }

    public record CheckRow(String table, String name, String clause, String level) {
        public static final RowMapper<CheckRow> MAP = r -> new CheckRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
    }

    public record ViewRow(String name, String definition, String checkOption, String security, String algorithm) {
        public static final RowMapper<ViewRow> MAP = r -> new ViewRow(r.getString(1), nz(r.getString(2)), nz(r.getString(3)),
                nz(r.getString(4)), nz(r.getString(5)));
    }

    public record TriggerRow(String name, String event, String table, String timing, String statement, int order) {
        public static final RowMapper<TriggerRow> MAP = r -> new TriggerRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getInt(6));
    }

    public record RoutineRow(String name, String type, String returns, String body, String deterministic, String dataAccess,
                             String security, String comment) {
        public static final RowMapper<RoutineRow> MAP = r -> new RoutineRow(r.getString(1), r.getString(2), r.getString(3),
                nz(r.getString(4)), nz(r.getString(5)), nz(r.getString(6)), nz(r.getString(7)), nz(r.getString(8)));
    }

    public record EventRow(String name, String body, String type, String executeAt, String intervalValue, String intervalField,
                           String starts, String ends, String status, String onCompletion, String comment, boolean startsWhenDefined) {
        public static final RowMapper<EventRow> MAP = r -> new EventRow(r.getString(1), nz(r.getString(2)), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), nz(r.getString(9)),
                nz(r.getString(10)), nz(r.getString(11)), r.getBoolean(12));
    }

    public record ParameterRow(String routine, String routineType, int position, String mode, String name, String type) {
        public static final RowMapper<ParameterRow> MAP = r -> new ParameterRow(r.getString(1), r.getString(2), r.getInt(3),
                r.getString(4), r.getString(5), r.getString(6));
    }

    public record PartitionRow(String table, String name, String method, String expr, String description, String subName,
                               String subMethod, String subExpr) {
        public static final RowMapper<PartitionRow> MAP = r -> new PartitionRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8));
    }

    public record SequenceRow(String name, long start, long min, long max, long increment, long cache, boolean cycle) {
        public static final RowMapper<SequenceRow> MAP = r -> new SequenceRow(r.getString(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7) != 0);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
