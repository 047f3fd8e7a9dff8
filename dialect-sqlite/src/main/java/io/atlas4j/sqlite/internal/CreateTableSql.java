package io.atlas4j.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the pragmas do not tell about a table, read from its CREATE TABLE text: column collations
 * and generation expressions, CHECK constraints, foreign-key names and deferrability, AUTOINCREMENT.
 */
record CreateTableSql(List<ColumnDef> columns, List<CheckDef> checks, List<ForeignKeyDef> foreignKeys,
                      List<UniqueDef> uniques, boolean autoincrement) {

    record ColumnDef(String name, Optional<String> collation, Optional<String> generated) {
    }

    record CheckDef(String name, String expr) {
    }

    /** @param deferred {@code DEFERRABLE INITIALLY DEFERRED} */
    record ForeignKeyDef(String name, List<String> columns, String refTable, List<String> refColumns, boolean deferred) {
    }

    record UniqueDef(String name, List<String> columns) {
    }

    Optional<ColumnDef> column(String name) {
        for (ColumnDef c : columns) if (c.name.equalsIgnoreCase(name)) return Optional.of(c);
        return Optional.empty();
    }

    /** Parses a CREATE TABLE statement as SQLite keeps it in {@code sqlite_schema.sql}; unknown parts are skipped. */
    static CreateTableSql parse(String sql) {
        List<Token> t = SqlTokens.tokenize(sql);
        List<ColumnDef> columns = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        List<ForeignKeyDef> fks = new ArrayList<>();
        List<UniqueDef> uniques = new ArrayList<>();
        boolean[] autoincrement = {false};
        int open = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isPunct('(')) {
                open = i;
                break;
            }
        }
        if (open < 0) return new CreateTableSql(columns, checks, fks, uniques, false);
        int close = SqlTokens.closing(t, open);
        for (int[] item : SqlTokens.splitCommas(t, open + 1, close)) {
            Token first = t.get(item[0]);
            boolean constraint = first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK")
                    || first.is("FOREIGN");
            if (constraint) tableConstraint(sql, t, item[0], item[1], checks, fks, uniques);
            else columns.add(column(sql, t, item[0], item[1], checks, fks, uniques, autoincrement));
        }
        return new CreateTableSql(columns, checks, fks, uniques, autoincrement[0]);
    }

    private static ColumnDef column(String sql, List<Token> t, int from, int to, List<CheckDef> checks,
                                    List<ForeignKeyDef> fks, List<UniqueDef> uniques, boolean[] autoincrement) {
        String name = t.get(from).value();
        Optional<String> collation = Optional.empty();
        Optional<String> generated = Optional.empty();
        String pending = "";
        int i = from + 1;
        while (i < to) {
            Token k = t.get(i);
            if (k.isPunct('(')) {
                i = SqlTokens.closing(t, i) + 1;
            } else if (k.is("CONSTRAINT") && i + 1 < to) {
                pending = t.get(i + 1).value();
                i += 2;
                continue;
            } else if (k.is("CHECK") && i + 1 < to && t.get(i + 1).isPunct('(')) {
                int c = SqlTokens.closing(t, i + 1);
                checks.add(new CheckDef(pending, SqlTokens.text(sql, t, i + 2, c)));
                i = c + 1;
            } else if (k.is("COLLATE") && i + 1 < to) {
                collation = Optional.of(t.get(i + 1).value());
                i += 2;
            } else if (k.is("AS") && i + 1 < to && t.get(i + 1).isPunct('(')) {
                int c = SqlTokens.closing(t, i + 1);
                generated = Optional.of(SqlTokens.text(sql, t, i + 2, c));
                i = c + 1;
            } else if (k.is("REFERENCES")) {
                i = references(t, i, to, pending, List.of(name), fks);
            } else if (k.is("UNIQUE")) {
                uniques.add(new UniqueDef(pending, List.of(name)));
                i++;
            } else if (k.is("AUTOINCREMENT")) {
                autoincrement[0] = true;
                i++;
            } else {
                if (k.is("PRIMARY") || k.is("NOT") || k.is("NULL") || k.is("DEFAULT") || k.is("GENERATED")) pending = "";
                i++;
                continue;
            }
            pending = "";
        }
        return new ColumnDef(name, collation, generated);
    }

    private static void tableConstraint(String sql, List<Token> t, int from, int to, List<CheckDef> checks,
                                        List<ForeignKeyDef> fks, List<UniqueDef> uniques) {
        String name = "";
        int i = from;
        if (t.get(i).is("CONSTRAINT") && i + 1 < to) {
            name = t.get(i + 1).value();
            i += 2;
        }
        if (i >= to) return;
        Token k = t.get(i);
        if (k.is("CHECK") && i + 1 < to && t.get(i + 1).isPunct('(')) {
            int c = SqlTokens.closing(t, i + 1);
            checks.add(new CheckDef(name, SqlTokens.text(sql, t, i + 2, c)));
        } else if (k.is("FOREIGN") && i + 2 < to && t.get(i + 2).isPunct('(')) {
            int c = SqlTokens.closing(t, i + 2);
            List<String> cols = names(t, i + 3, c);
            if (c + 1 < to && t.get(c + 1).is("REFERENCES")) references(t, c + 1, to, name, cols, fks);
        } else if (k.is("UNIQUE") && i + 1 < to && t.get(i + 1).isPunct('(')) {
            int c = SqlTokens.closing(t, i + 1);
            uniques.add(new UniqueDef(name, names(t, i + 2, c)));
        }
    }

    /** Parses {@code REFERENCES tbl [(cols)] clauses...} starting at the REFERENCES token; returns the next index. */
    private static int references(List<Token> t, int at, int to, String name, List<String> columns, List<ForeignKeyDef> fks) {
        int i = at + 1;
        if (i >= to) return to;
        String ref = t.get(i++).value();
        List<String> refCols = List.of();
        if (i < to && t.get(i).isPunct('(')) {
            int c = SqlTokens.closing(t, i);
            refCols = names(t, i + 1, c);
            i = c + 1;
        }
        boolean deferred = false;
        boolean not = false;
        while (i < to) {
            Token k = t.get(i);
            if (k.is("ON") || k.is("MATCH")) {
                i += 2;
                while (i < to && (t.get(i).is("NULL") || t.get(i).is("DEFAULT") || t.get(i).is("ACTION")
                        || t.get(i).is("CASCADE") || t.get(i).is("RESTRICT") || t.get(i).is("NO") || t.get(i).is("SET"))) {
                    i++;
                }
            } else if (k.is("NOT") && i + 1 < to && t.get(i + 1).is("DEFERRABLE")) {
                not = true;
                i += 2;
            } else if (k.is("DEFERRABLE")) {
                not = false;
                i++;
            } else if (k.is("INITIALLY") && i + 1 < to) {
                deferred = !not && t.get(i + 1).is("DEFERRED");
                i += 2;
            } else {
                break;
            }
        }
        fks.add(new ForeignKeyDef(name, columns, ref, refCols, deferred));
        return i;
    }

    /** {@return the column names of an indexed-column list, ignoring COLLATE and ASC/DESC} */
    private static List<String> names(List<Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int[] part : SqlTokens.splitCommas(t, from, to)) out.add(t.get(part[0]).value());
        return out;
    }
}
