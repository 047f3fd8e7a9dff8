package io.atlas4j.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random SQLite schemas for property tests: tables keyed by {@code id INTEGER PRIMARY KEY}, columns
 * of several types with nullability and defaults, plain and unique indexes, and foreign keys
 * ({@code fk_*} columns, always NULL in generated rows so that any key is satisfied).
 */
final class RandomSchemas {
    static final String[] TYPES = {"INTEGER", "TEXT", "REAL", "BLOB", "NUMERIC", "VARCHAR(20)"};

    record Col(String name, String type, boolean notNull, String dflt, String refTable) {
        String sql() {
            StringBuilder sb = new StringBuilder(name).append(' ').append(type);
            if (notNull) sb.append(" NOT NULL");
            if (dflt != null) sb.append(" DEFAULT ").append(dflt);
            if (refTable != null) sb.append(" REFERENCES ").append(refTable).append(" (id) ON DELETE CASCADE");
            return sb.toString();
        }
    }

    record Idx(String name, List<String> columns, boolean unique) {
    }

    record Tbl(String name, List<Col> columns, List<Idx> indexes, boolean withoutRowId) {
        Col column(String n) {
            for (Col c : columns) if (c.name.equals(n)) return c;
            return null;
        }
    }

    private final Random random;

    RandomSchemas(long seed) {
        random = new Random(seed);
    }

    List<Tbl> schema() {
        int n = 1 + random.nextInt(4);
        List<Tbl> tables = new ArrayList<>();
        for (int i = 0; i < n; i++) tables.add(table("t" + i, n));
        return fixReferences(tables);
    }

    /** A variation of {@code a}: tables dropped and added, columns dropped, added and changed, new indexes and keys. */
    List<Tbl> mutate(List<Tbl> a) {
        List<Tbl> out = new ArrayList<>();
        int next = a.size();
        for (Tbl t : a) {
            if (random.nextInt(8) == 0) continue;
            List<Col> cols = new ArrayList<>();
            cols.add(t.columns.get(0));
            int k = 100;
            for (Col c : t.columns.subList(1, t.columns.size())) {
                int r = random.nextInt(10);
                if (r == 0) continue;
                if (r == 1 && c.refTable == null) {
                    String type = TYPES[random.nextInt(TYPES.length)];
                    boolean notNull = random.nextBoolean();
                    cols.add(new Col(c.name, type, notNull, notNull || random.nextBoolean() ? literal(type) : null, null));
                } else if (r == 2 && c.refTable == null) {
                    cols.add(new Col(c.name, c.type, !c.notNull, c.notNull ? null : literal(c.type), null));
                } else if (r == 3) {
                    cols.add(new Col(c.name, c.type, c.notNull, c.dflt == null ? literal(c.type) : null, c.refTable));
                } else {
                    cols.add(c);
                }
            }
            int adds = random.nextInt(3);
            for (int i = 0; i < adds; i++) cols.add(column("n" + k++, a.size() + 2));
            List<String> names = cols.stream().map(Col::name).toList();
            List<Idx> kept = t.indexes.stream().filter(i -> names.containsAll(i.columns)).toList();
            out.add(new Tbl(t.name, cols, random.nextInt(3) == 0 ? kept : indexes(t.name, cols),
                    random.nextInt(6) == 0 ? !t.withoutRowId : t.withoutRowId));
        }
        if (out.isEmpty() || random.nextInt(4) == 0) out.add(table("t" + next, next + 1));
        return fixReferences(out);
    }

    private Tbl table(String name, int tables) {
        List<Col> cols = new ArrayList<>();
        cols.add(new Col("id", "INTEGER", true, null, null));
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) cols.add(column("c" + i, tables));
        return new Tbl(name, cols, indexes(name, cols), random.nextInt(5) == 0);
    }

    private Col column(String name, int tables) {
        if (random.nextInt(6) == 0) return new Col("fk_" + name, "INTEGER", false, null, "t" + random.nextInt(tables));
        String type = TYPES[random.nextInt(TYPES.length)];
        boolean notNull = random.nextInt(3) == 0;
        String dflt = notNull || random.nextBoolean() ? literal(type) : null;
        return new Col(name, type, notNull, dflt, null);
    }

    private String literal(String type) {
        int v = random.nextInt(100);
        return switch (type) {
            case "INTEGER", "NUMERIC" -> Integer.toString(v);
            case "REAL" -> v + ".5";
            case "BLOB" -> "X'" + String.format(Locale.ROOT, "%02x", v) + "'";
            default -> "'d" + v + "'";
        };
    }

    private List<Idx> indexes(String table, List<Col> cols) {
        List<Idx> out = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n && cols.size() > 1; i++) {
            List<String> parts = new ArrayList<>();
            int width = 1 + random.nextInt(Math.min(2, cols.size() - 1));
            for (int j = 0; j < width; j++) {
                String c = cols.get(1 + random.nextInt(cols.size() - 1)).name;
                if (!parts.contains(c)) parts.add(c);
            }
            // Added columns hold one default in every row, so they cannot be unique.
            boolean unique = random.nextBoolean() && parts.stream().noneMatch(p -> p.startsWith("n1"));
            out.add(new Idx("ix_" + table + "_" + i + "_" + String.join("_", parts), parts, unique));
        }
        return out;
    }

    /** Foreign keys may only point at tables that exist in the same schema. */
    private static List<Tbl> fixReferences(List<Tbl> tables) {
        List<String> names = tables.stream().map(Tbl::name).toList();
        List<Tbl> out = new ArrayList<>();
        for (Tbl t : tables) {
            List<Col> cols = new ArrayList<>();
            for (Col c : t.columns) {
                cols.add(c.refTable != null && !names.contains(c.refTable) ? new Col(c.name, c.type, c.notNull, c.dflt, t.name) : c);
            }
            out.add(new Tbl(t.name, cols, t.indexes, t.withoutRowId));
        }
        return out;
    }

    static String sql(List<Tbl> tables) {
        StringBuilder sb = new StringBuilder();
        for (Tbl t : tables) {
            List<String> items = new ArrayList<>();
            for (Col c : t.columns) items.add(c.name.equals("id") ? "id INTEGER NOT NULL PRIMARY KEY" : c.sql());
            sb.append("CREATE TABLE ").append(t.name).append(" (").append(String.join(", ", items)).append(')')
                    .append(t.withoutRowId ? " WITHOUT ROWID" : "").append(";\n");
            for (Idx i : t.indexes) {
                sb.append("CREATE ").append(i.unique ? "UNIQUE " : "").append("INDEX ").append(i.name).append(" ON ").append(t.name)
                        .append(" (").append(String.join(", ", i.columns)).append(");\n");
            }
        }
        return sb.toString();
    }

    /** Three rows per table with distinct values per column; foreign-key columns stay NULL. */
    static String rows(List<Tbl> tables) {
        StringBuilder sb = new StringBuilder();
        for (Tbl t : tables) {
            for (int r = 1; r <= 3; r++) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < t.columns.size(); i++) values.add(value(t.columns.get(i), r, i));
                sb.append("INSERT INTO ").append(t.name).append(" VALUES (").append(String.join(", ", values)).append(");\n");
            }
        }
        return sb.toString();
    }

    static String value(Col c, int row, int index) {
        if (c.name.equals("id")) return Integer.toString(row);
        if (c.refTable != null) return "NULL";
        return switch (c.type) {
            case "INTEGER", "NUMERIC" -> Integer.toString(row * 1000 + index);
            case "REAL" -> row + "." + (index + 1);
            case "BLOB" -> "X'" + String.format(Locale.ROOT, "%02x%02x", row, index) + "'";
            default -> "'v" + row + "_" + index + "'";
        };
    }
}
