package io.atlas4j.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema as the server's own catalog (information_schema) describes it, rendered as sorted
 * {@code key -> value} lines, independent of atlas4j's model: two databases whose renderings are
 * equal hold the same schema by the server's judgement. The convergence suites compare "desired,
 * loaded natively" with "current after applying the plan" this way, so a difference atlas4j's own
 * diff cannot see (it reads the same catalog through the same normalization) still fails a case.
 *
 * <p>What is rendered: tables (type, engine, row format, create options, collation, comment; the
 * AUTO_INCREMENT counter separately), columns (type, nullability, default, extra, generation
 * expression, charset, collation, comment), indexes (uniqueness, type, comment, ignored/visible,
 * parts with prefix, order and expression), constraints (type and columns; for foreign keys the
 * referenced table and columns, rules and match option), checks, views, routines with their
 * parameters, triggers, events, partitions and MariaDB sequences.
 *
 * <p>What is left out, on purpose: column positions (atlas4j adds columns at the end and does not
 * reorder), definers and the session settings stored with routines, triggers, views and events
 * (SQL_MODE, client charset: atlas4j creates objects as the applying session, like the native
 * load does), row counts, sizes, times, and cardinalities. The database's own name is removed
 * wherever the server writes it ({@link #normalize}).
 */
record Catalog(String schema, SortedMap<String, String> entries) {
    static final String NULL = "<null>";
    private static final String AUTO_INCREMENT = "auto_increment ";

    /** {@return the catalog of {@code schema} as the server behind {@code c} reports it} */
    static Catalog read(Connection c, String schema) throws SQLException {
        SortedMap<String, String> out = new TreeMap<>();
        Reader r = new Reader(c, schema);
        Set<String> sequences = new TreeSet<>();
        Set<String> partitioned = new HashSet<>();
        for (Map<String, String> t : r.rows("SELECT * FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            String name = t.get("TABLE_NAME");
            if (t.get("TABLE_TYPE").equals("SEQUENCE")) sequences.add(name);
            if (String.valueOf(t.get("CREATE_OPTIONS")).contains("partitioned")) partitioned.add(name);
            out.put("table " + name, fields(t, "TABLE_TYPE", "ENGINE", "ROW_FORMAT", "CREATE_OPTIONS", "TABLE_COLLATION", "TABLE_COMMENT"));
            if (!t.get("TABLE_TYPE").equals("VIEW")) out.put(AUTO_INCREMENT + name, t.get("AUTO_INCREMENT"));
        }
        for (Map<String, String> col : r.rows("SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?")) {
            out.put("column " + col.get("TABLE_NAME") + "." + col.get("COLUMN_NAME"), fields(col, "COLUMN_TYPE", "IS_NULLABLE",
                    "COLUMN_DEFAULT", "EXTRA", "GENERATION_EXPRESSION", "CHARACTER_SET_NAME", "COLLATION_NAME", "COLUMN_COMMENT"));
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        Map<String, String> indexes = new TreeMap<>();
        for (Map<String, String> s : r.rows("SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            String key = "index " + s.get("TABLE_NAME") + "." + s.get("INDEX_NAME");
            indexes.put(key, fields(s, "NON_UNIQUE", "INDEX_TYPE", "INDEX_COMMENT", "IGNORED", "IS_VISIBLE"));
            parts.computeIfAbsent(key, k -> new ArrayList<>()).add(fields(s, "COLUMN_NAME", "EXPRESSION", "SUB_PART", "COLLATION"));
        }
        indexes.forEach((k, v) -> out.put(k, v + " parts=" + parts.get(k)));
        Map<String, List<String>> keyColumns = new LinkedHashMap<>();
        for (Map<String, String> k : r.rows("SELECT * FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
            String ref = k.get("REFERENCED_TABLE_NAME") == null ? "" : " -> " + self(schema, k.get("REFERENCED_TABLE_SCHEMA"))
                    + k.get("REFERENCED_TABLE_NAME") + "." + k.get("REFERENCED_COLUMN_NAME");
            keyColumns.computeIfAbsent(k.get("TABLE_NAME") + "." + k.get("CONSTRAINT_NAME"), x -> new ArrayList<>())
                    .add(k.get("COLUMN_NAME") + ref);
        }
        Map<String, String> rules = new TreeMap<>();
        for (Map<String, String> f : r.rows("SELECT * FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?")) {
            rules.put(f.get("TABLE_NAME") + "." + f.get("CONSTRAINT_NAME"), fields(f, "MATCH_OPTION", "UPDATE_RULE", "DELETE_RULE"));
        }
        for (Map<String, String> t : r.rows("SELECT * FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ?")) {
            String key = t.get("TABLE_NAME") + "." + t.get("CONSTRAINT_NAME");
            out.put("constraint " + key, fields(t, "CONSTRAINT_TYPE") + " columns=" + keyColumns.getOrDefault(key, List.of())
                    + (rules.containsKey(key) ? " " + rules.get(key) : ""));
        }
        for (Map<String, String> k : r.rows("SELECT * FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?")) {
            String table = k.containsKey("TABLE_NAME") ? k.get("TABLE_NAME") + "." : "";
            out.put("check " + table + k.get("CONSTRAINT_NAME"), fields(k, "LEVEL", "CHECK_CLAUSE"));
        }
        for (Map<String, String> v : r.rows("SELECT * FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?")) {
            out.put("view " + v.get("TABLE_NAME"), fields(v, "VIEW_DEFINITION", "CHECK_OPTION", "IS_UPDATABLE", "SECURITY_TYPE", "ALGORITHM"));
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map<String, String> p : r.rows("SELECT * FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ? "
                + "ORDER BY ROUTINE_TYPE, SPECIFIC_NAME, ORDINAL_POSITION")) {
            params.computeIfAbsent(p.get("ROUTINE_TYPE") + " " + p.get("SPECIFIC_NAME"), x -> new ArrayList<>())
                    .add(fields(p, "ORDINAL_POSITION", "PARAMETER_MODE", "PARAMETER_NAME", "DTD_IDENTIFIER"));
        }
        for (Map<String, String> p : r.rows("SELECT * FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?")) {
            String key = p.get("ROUTINE_TYPE") + " " + p.get("ROUTINE_NAME");
            out.put("routine " + key, fields(p, "DTD_IDENTIFIER", "ROUTINE_BODY", "ROUTINE_DEFINITION", "IS_DETERMINISTIC",
                    "SQL_DATA_ACCESS", "SECURITY_TYPE", "ROUTINE_COMMENT") + " params=" + params.getOrDefault(key, List.of()));
        }
        for (Map<String, String> t : r.rows("SELECT * FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?")) {
            out.put("trigger " + t.get("TRIGGER_NAME"), fields(t, "EVENT_OBJECT_TABLE", "ACTION_TIMING", "EVENT_MANIPULATION",
                    "ACTION_ORDER", "ACTION_STATEMENT"));
        }
        for (Map<String, String> e : r.rows("SELECT e.*, STARTS = CREATED OR STARTS = LAST_ALTERED AS STARTS_WHEN_DEFINED "
                + "FROM information_schema.EVENTS e WHERE EVENT_SCHEMA = ?")) {
            // A recurring event without STARTS starts when it is defined: that moment says nothing about the schema.
            if ("1".equals(e.get("STARTS_WHEN_DEFINED"))) e.put("STARTS", "when defined");
            out.put("event " + e.get("EVENT_NAME"), fields(e, "EVENT_TYPE", "EXECUTE_AT", "INTERVAL_VALUE", "INTERVAL_FIELD", "STARTS",
                    "ENDS", "STATUS", "ON_COMPLETION", "EVENT_COMMENT", "EVENT_BODY", "EVENT_DEFINITION", "TIME_ZONE"));
        }
        if (!partitioned.isEmpty()) {
            for (Map<String, String> p : r.rows("SELECT * FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = ? "
                    + "AND PARTITION_NAME IS NOT NULL")) {
                String sub = p.get("SUBPARTITION_NAME") == null ? "" : "." + p.get("SUBPARTITION_NAME");
                out.put("partition " + p.get("TABLE_NAME") + "." + p.get("PARTITION_NAME") + sub, fields(p, "PARTITION_ORDINAL_POSITION",
                        "SUBPARTITION_ORDINAL_POSITION", "PARTITION_METHOD", "SUBPARTITION_METHOD", "PARTITION_EXPRESSION",
                        "SUBPARTITION_EXPRESSION", "PARTITION_DESCRIPTION", "PARTITION_COMMENT"));
            }
        }
        for (String s : sequences) {
            // MariaDB keeps a sequence's definition in the sequence itself (information_schema has no SEQUENCES before 11.5).
            for (Map<String, String> q : r.rows("SELECT minimum_value, maximum_value, start_value, increment, cache_size, cycle_option "
                    + "FROM " + Sql.id(schema) + "." + Sql.id(s), false)) {
                out.put("sequence " + s, fields(q, "MINIMUM_VALUE", "MAXIMUM_VALUE", "START_VALUE", "INCREMENT", "CACHE_SIZE", "CYCLE_OPTION"));
            }
        }
        out.replaceAll((k, v) -> normalize(schema, v));
        return new Catalog(schema, out);
    }

    /**
     * {@return the lines in which {@code actual} differs from {@code desired}, each naming the key
     * and both values; empty when they hold the same schema} An AUTO_INCREMENT counter counts only
     * where the desired table starts ahead of 1, and then the actual one may be further on (rows
     * taken, or a start already passed) but not behind.
     */
    static List<String> differences(Catalog desired, Catalog actual) {
        Set<String> keys = new TreeSet<>(desired.entries.keySet());
        keys.addAll(actual.entries.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String d = desired.entries.get(k);
            String a = actual.entries.get(k);
            if (k.startsWith(AUTO_INCREMENT)) {
                if (d == null || a == null || d.equals(NULL) || Long.parseLong(d) <= 1) continue;
                if (!a.equals(NULL) && Long.parseLong(a) >= Long.parseLong(d)) continue;
            } else if (d != null && d.equals(a)) {
                continue;
            }
            out.add(k + "\n    desired: " + (d == null ? "(absent)" : d) + "\n    actual:  " + (a == null ? "(absent)" : a));
        }
        return out;
    }

    /** {@return a readable report of the differences, or the empty string when there are none} */
    static String report(Catalog desired, Catalog actual) {
        List<String> d = differences(desired, actual);
        return d.isEmpty() ? "" : d.size() + " catalog differences:\n  " + String.join("\n  ", d);
    }

    /**
     * {@return a catalog value with the database's own name removed where the server writes it:
     * {@code `db`.`t`} and {@code db.t} become {@code `t`} and {@code t}, outside string literals}
     */
    static String normalize(String schema, String value) {
        if (value == null) return NULL;
        StringBuilder out = new StringBuilder(value.length());
        String quoted = Sql.id(schema) + ".";
        Matcher bare = Pattern.compile("(?<![\\w$`.])" + Pattern.quote(schema) + "\\.(?=[\\w$`])").matcher(value)
                .useTransparentBounds(true);
        int i = 0;
        int n = value.length();
        while (i < n) {
            char ch = value.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = endOfString(value, i);
                out.append(value, i, end);
                i = end;
            } else if (value.startsWith(quoted, i) && (i == 0 || value.charAt(i - 1) != '.')) {
                i += quoted.length();
            } else if (ch == '`') {
                int end = value.indexOf('`', i + 1);
                while (end >= 0 && end + 1 < n && value.charAt(end + 1) == '`') end = value.indexOf('`', end + 2);
                end = end < 0 ? n : end + 1;
                out.append(value, i, end);
                i = end;
            } else {
                if (value.startsWith(schema, i) && bare.region(i, n).lookingAt()) {
                    i = bare.end();
                } else {
                    out.append(ch);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** {@return the index just past the string literal opened at {@code start}} */
    private static int endOfString(String s, int start) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q && i + 1 < s.length() && s.charAt(i + 1) == q) {
                i += 2;
            } else if (c == q) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static String self(String schema, String refSchema) {
        return refSchema == null || refSchema.equals(schema) ? "" : refSchema + ".";
    }

    /** {@return the named fields that the row has, as {@code NAME=value} separated by {@code " | "}} */
    private static String fields(Map<String, String> row, String... names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (!row.containsKey(n)) continue; // a column this server's catalog does not have (MariaDB vs MySQL)
            if (sb.length() > 0) sb.append(" | ");
            String v = row.get(n);
            sb.append(n.toLowerCase(java.util.Locale.ROOT)).append('=').append(v == null ? NULL : v);
        }
        return sb.toString();
    }

    /** Runs catalog queries with the schema as their one parameter, rows as column label to text. */
    private record Reader(Connection c, String schema) {
        List<Map<String, String>> rows(String sql) throws SQLException {
            return rows(sql, true);
        }

        List<Map<String, String>> rows(String sql, boolean bind) throws SQLException {
            List<Map<String, String>> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql)) {
                if (bind) ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getString(i));
                        out.add(row);
                    }
                }
            }
            return out;
        }
    }

    /** Identifier quoting for the few statements this class builds. */
    private static final class Sql {
        static String id(String name) {
            return "`" + name.replace("`", "``") + "`";
        }
    }
}
