package io.atlas4j.postgres.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One record per catalog query row; the only place that reads JDBC result sets. */
final class PgRows {
    private PgRows() {
    }

    record SchemaRow(String name, String comment) {
        static SchemaRow of(ResultSet r) throws SQLException {
            return new SchemaRow(r.getString("name"), r.getString("comment"));
        }
    }

    record RelRow(String schema, String name, String kind, String persistence, String partKey, boolean partition,
                  String bound, String parent, String viewDef, boolean rowSecurity, boolean forceRowSecurity,
                  List<String> inherits, String comment, long rowType) {
        static RelRow of(ResultSet r) throws SQLException {
            return new RelRow(r.getString("schema"), r.getString("name"), r.getString("kind"), r.getString("persistence"),
                    r.getString("partkey"), r.getBoolean("is_partition"), r.getString("bound"), r.getString("parent"),
                    r.getString("viewdef"), r.getBoolean("row_security"), r.getBoolean("force_row_security"),
                    strings(r.getArray("inherits")), r.getString("comment"), r.getLong("row_type"));
        }
    }

    record PolicyRow(String schema, String table, String name, boolean permissive, String command, List<String> roles,
                     String using, String check) {
        static PolicyRow of(ResultSet r) throws SQLException {
            return new PolicyRow(r.getString("schema"), r.getString("table_name"), r.getString("name"), r.getBoolean("permissive"),
                    r.getString("command"), strings(r.getArray("roles")), r.getString("using_expr"), r.getString("check_expr"));
        }
    }

    record SeqOptions(long start, long increment, long min, long max, long cache, boolean cycle) {
    }

    record ColRow(String schema, String table, String name, int attnum, String type, boolean notNull, String defaultExpr,
                  String identity, String generated, String collation, String comment, boolean local, SeqOptions identitySeq,
                  long userType) {
        static ColRow of(ResultSet r) throws SQLException {
            long start = r.getLong("seqstart");
            SeqOptions seq = r.wasNull() ? null : new SeqOptions(start, r.getLong("seqincrement"), r.getLong("seqmin"),
                    r.getLong("seqmax"), r.getLong("seqcache"), r.getBoolean("seqcycle"));
            return new ColRow(r.getString("schema"), r.getString("table_name"), r.getString("name"), r.getInt("attnum"), r.getString("type"),
                    r.getBoolean("not_null"), r.getString("default_expr"), r.getString("identity"), r.getString("generated"),
                    r.getString("collation"), r.getString("comment"), r.getBoolean("is_local"), seq, r.getLong("user_type"));
        }
    }

    record ConRow(String schema, String table, String name, String type, List<String> columns, String refSchema,
                  String refTable, List<String> refColumns, String onUpdate, String onDelete, String matchType,
                  boolean deferrable, boolean deferred, boolean validated, boolean noInherit, String definition,
                  String comment, String indexName, List<Integer> columnNums, List<Integer> refColumnNums) {
        /** The foreign key's column names are filled in by {@link PgAttnums} (ref names arrive here only across schemas). */
        static ConRow of(ResultSet r) throws SQLException {
            return new ConRow(r.getString("schema"), r.getString("table_name"), r.getString("name"), r.getString("type"),
                    List.of(), r.getString("ref_schema"), r.getString("ref_table"),
                    strings(r.getArray("ref_columns")), r.getString("on_update"), r.getString("on_delete"),
                    r.getString("match_type"), r.getBoolean("deferrable"), r.getBoolean("deferred"), r.getBoolean("validated"),
                    r.getBoolean("no_inherit"), r.getString("definition"), r.getString("comment"), r.getString("index_name"),
                    ints(r.getArray("column_nums")), ints(r.getArray("ref_column_nums")));
        }

        ConRow withColumns(List<String> cols, List<String> refCols) {
            return new ConRow(schema, table, name, type, cols, refSchema, refTable, refCols, onUpdate, onDelete, matchType,
                    deferrable, deferred, validated, noInherit, definition, comment, indexName, columnNums, refColumnNums);
        }
    }

    record IdxRow(String schema, String table, String name, boolean unique, boolean primary, int keys, String method,
                  List<String> parts, List<Integer> attnums, List<Integer> options, List<String> opclasses,
                  String predicate, boolean nullsNotDistinct, String comment, String definition, boolean constraint,
                  boolean valid, List<String> collations, List<String> storage, String collatedDef) {
        /** {@code parts} holds the expression texts only (empty for columns); {@link PgAttnums} names the columns. */
        static IdxRow of(ResultSet r) throws SQLException {
            return new IdxRow(r.getString("schema"), r.getString("table_name"), r.getString("name"), r.getBoolean("is_unique"),
                    r.getBoolean("is_primary"), r.getInt("nkeys"), r.getString("method"), strings(r.getArray("expr_parts")),
                    ints(r.getArray("attnums")), ints(r.getArray("options")), strings(r.getArray("opclasses")),
                    r.getString("predicate"), r.getBoolean("nulls_not_distinct"), r.getString("comment"),
                    r.getString("definition"), r.getBoolean("is_constraint"), r.getBoolean("is_valid"),
                    strings(r.getArray("collations")), strings(r.getArray("storage")), r.getString("collated_def"));
        }

        IdxRow withParts(List<String> p) {
            return new IdxRow(schema, table, name, unique, primary, keys, method, p, attnums, options, opclasses, predicate,
                    nullsNotDistinct, comment, definition, constraint, valid, collations, storage, collatedDef);
        }
    }

    record TypeRow(String schema, String name, String type, List<String> labels, String baseType, boolean notNull,
                   String defaultExpr, List<String> checks, List<String> fields, String comment, long oid, long arrayOid, List<Long> uses) {
        /** {@code uses}: the user types (oids) it is built on: a domain's base type, a composite's field types. */
        static TypeRow of(ResultSet r) throws SQLException {
            return new TypeRow(r.getString("schema"), r.getString("name"), r.getString("type"), strings(r.getArray("labels")),
                    r.getString("base_type"), r.getBoolean("not_null"), r.getString("default_expr"),
                    strings(r.getArray("checks")), strings(r.getArray("fields")), r.getString("comment"), r.getLong("oid"),
                    r.getLong("array_oid"), longs(r.getArray("uses")));
        }
    }

    record SeqRow(String schema, String name, String type, SeqOptions options, String ownerDep, String ownerTable,
                  String ownerColumn, String comment) {
        static SeqRow of(ResultSet r) throws SQLException {
            return new SeqRow(r.getString("schema"), r.getString("name"), r.getString("type"),
                    new SeqOptions(r.getLong("seqstart"), r.getLong("seqincrement"), r.getLong("seqmin"), r.getLong("seqmax"),
                            r.getLong("seqcache"), r.getBoolean("seqcycle")),
                    r.getString("owner_dep"), r.getString("owner_table"), r.getString("owner_column"), r.getString("comment"));
        }
    }

    record ExtRow(String schema, String name, String version, String comment) {
        static ExtRow of(ResultSet r) throws SQLException {
            return new ExtRow(r.getString("schema"), r.getString("name"), r.getString("version"), r.getString("comment"));
        }
    }

    /** {@code uses}: the user types (oids) of its arguments and result. */
    record FuncRow(String schema, String name, String args, String kind, String result, String definition, String comment,
                   List<Long> uses) {
        static FuncRow of(ResultSet r) throws SQLException {
            return new FuncRow(r.getString("schema"), r.getString("name"), r.getString("args"), r.getString("kind"),
                    r.getString("result"), r.getString("definition"), r.getString("comment"), longs(r.getArray("uses")));
        }
    }

    /** A trigger or a rule ({@code kind}): both are a table's, kept as their full definition. */
    record TrigRow(String schema, String table, String name, String kind, String definition, String comment) {
        static TrigRow of(ResultSet r) throws SQLException {
            return new TrigRow(r.getString("schema"), r.getString("table_name"), r.getString("name"), r.getString("kind"),
                    r.getString("definition"), r.getString("comment"));
        }
    }

    /**
     * One dependency: {@code kind} is what depends (view, rule, column, check, type, function,
     * trigger, policy), {@code name} the relation, type or routine, {@code part} the rule, column,
     * check, trigger or policy of that relation (empty otherwise); the referenced object is a
     * relation or a routine.
     */
    record DepRow(String kind, String schema, String name, String part, String refSchema, String refName) {
        /** Reads pg_identify_object_as_address's kinds of dependents as the mapper's: view, rule, column, check, type, ... */
        static DepRow of(ResultSet r) throws SQLException {
            List<String> names = strings(r.getArray("names"));
            String part = names.size() > 2 ? names.get(2) : "";
            String kind = switch (r.getString("kind")) {
                case "view" -> "view";
                case "rule" -> part.equals("_RETURN") ? "view" : "rule";
                case "default value", "table column" -> "column";
                case "table constraint" -> "check";
                case "domain constraint" -> "type";
                case "trigger", "policy", "function" -> r.getString("kind");
                default -> ""; // what else uses a routine (a view's column, an operator) orders nothing here
            };
            return new DepRow(kind, names.isEmpty() ? "" : names.get(0), names.size() > 1 ? names.get(1) : "",
                    kind.equals("view") || kind.equals("type") || kind.equals("function") ? "" : part,
                    r.getString("ref_schema"), r.getString("ref_name"));
        }
    }

    /** Everything the catalog queries returned for a realm. */
    record Catalog(List<SchemaRow> schemas, List<RelRow> relations, List<ColRow> columns, List<ConRow> constraints,
                   List<IdxRow> indexes, List<TypeRow> types, List<SeqRow> sequences, List<ExtRow> extensions,
                   List<FuncRow> functions, List<TrigRow> triggers, List<PolicyRow> policies, List<DepRow> dependencies) {
    }

    static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] items = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(items.length);
        for (Object o : items) out.add(o == null ? "" : o.toString());
        return out;
    }

    static List<Long> longs(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] items = (Object[]) a.getArray();
        List<Long> out = new ArrayList<>(items.length);
        for (Object o : items) if (o != null) out.add(((Number) o).longValue());
        return out;
    }

    static List<Integer> ints(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] items = (Object[]) a.getArray();
        List<Integer> out = new ArrayList<>(items.length);
        for (Object o : items) out.add(o == null ? 0 : ((Number) o).intValue());
        return out;
    }
}
