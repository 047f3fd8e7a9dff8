package io.atlas4j.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the pragmas do not tell about a table, read from its CREATE TABLE text: column collations
 * and generation expressions, CHECK constraints, foreign-key names and deferrability, AUTOINCREMENT,
 * and ON CONFLICT clauses.
 */
record CreateTableSql(List<ColumnDef> columns, List<CheckDef> checks, List<ForeignKeyDef> foreignKeys,
                      List<UniqueDef> uniques, boolean autoincrement, Optional<String> primaryKeyConflict) {

    /** @param notNullConflict the ON CONFLICT clause of the column's NOT NULL constraint */
    record ColumnDef(String name, Optional<String> collation, Optional<String> generated, Optional<String> notNullConflict) {
    }

    record CheckDef(String name, String expr) {
    }

    /** @param deferred {@code DEFERRABLE INITIALLY DEFERRED} */
    record ForeignKeyDef(String name, List<String> columns, String refTable, List<String> refColumns, boolean deferred) {
    }

    record UniqueDef(String name, List<String> columns, Optional<String> conflict) {
    }

    Optional<ColumnDef> column(String name) {
        for (ColumnDef c : columns) if (c.name.equalsIgnoreCase(name)) return Optional.of(c);
        return Optional.empty();
    }

    /** {@return the column named {@code name}, looked for first at {@code position}, where it usually is} */
    Optional<ColumnDef> column(String name, int position) {
        if (position < columns.size() && columns.get(position).name.equalsIgnoreCase(name)) return Optional.of(columns.get(position));
        return column(name);
    }

    /** {@return the first UNIQUE constraint over exactly these columns} */
    Optional<UniqueDef> unique(List<String> columns) {
        for (UniqueDef u : uniques) if (SchemaMapper.equalsIgnoreCase(u.columns, columns)) return Optional.of(u);
        return Optional.empty();
    }

    /** Parses a CREATE TABLE statement as SQLite keeps it in {@code sqlite_schema.sql}; unknown parts are skipped. */
    static CreateTableSql parse(String sql) {
        Parser p = new Parser(sql);
        p.run();
        return new CreateTableSql(p.columns, p.checks, p.fks, p.uniques, p.autoincrement, p.pkConflict);
    }

    /** The mutable state of one parse. */
    private static final class Parser {
        private final String sql;
        private final List<Token> t;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final List<CheckDef> checks = new ArrayList<>();
        private final List<ForeignKeyDef> fks = new ArrayList<>();
        private final List<UniqueDef> uniques = new ArrayList<>();
        private boolean autoincrement;
        private Optional<String> pkConflict = Optional.empty();

        Parser(String sql) {
            this.sql = sql;
            this.t = SqlTokens.tokenize(sql);
        }

        void run() {
            int open = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).isPunct('(')) {
                    open = i;
                    break;
                }
            }
            if (open < 0) return;
            int close = SqlTokens.closing(t, open);
            for (int[] item : SqlTokens.splitCommas(t, open + 1, close)) {
                Token first = t.get(item[0]);
                boolean constraint = first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") || first.is("CHECK")
                        || first.is("FOREIGN");
                if (constraint) tableConstraint(item[0], item[1]);
                else column(item[0], item[1]);
            }
        }

        private boolean onConflict(int i, int to) {
            return i + 2 < to && t.get(i).is("ON") && t.get(i + 1).is("CONFLICT");
        }

        private void column(int from, int to) {
            String name = t.get(from).value();
            Optional<String> collation = Optional.empty();
            Optional<String> generated = Optional.empty();
            Optional<String> notNullConflict = Optional.empty();
            String pending = "";
            String last = "";
            int uniqueAt = -1;
            int i = from + 1;
            while (i < to) {
                Token k = t.get(i);
                if (k.isPunct('(')) {
                    i = SqlTokens.closing(t, i) + 1;
                    continue;
                } else if (onConflict(i, to)) {
                    String action = t.get(i + 2).value();
                    if (last.equals("NOT NULL")) notNullConflict = Optional.of(action);
                    if (last.equals("PRIMARY KEY")) pkConflict = Optional.of(action);
                    if (last.equals("UNIQUE") && uniqueAt >= 0) {
                        UniqueDef u = uniques.get(uniqueAt);
                        uniques.set(uniqueAt, new UniqueDef(u.name, u.columns, Optional.of(action)));
                    }
                    i += 3;
                    continue;
                } else if (k.is("CONSTRAINT") && i + 1 < to) {
                    pending = t.get(i + 1).value();
                    i += 2;
                    continue;
                } else if (k.is("CHECK") && i + 1 < to && t.get(i + 1).isPunct('(')) {
                    int c = SqlTokens.closing(t, i + 1);
                    checks.add(new CheckDef(pending, SqlTokens.text(sql, t, i + 2, c)));
                    i = c + 1;
                    last = "CHECK";
                } else if (k.is("COLLATE") && i + 1 < to) {
                    collation = Optional.of(t.get(i + 1).value());
                    i += 2;
                    last = "COLLATE";
                } else if (k.is("AS") && i + 1 < to && t.get(i + 1).isPunct('(')) {
                    int c = SqlTokens.closing(t, i + 1);
                    generated = Optional.of(SqlTokens.text(sql, t, i + 2, c));
                    i = c + 1;
                    last = "AS";
                } else if (k.is("REFERENCES")) {
                    i = references(i, to, pending, List.of(name));
                    last = "REFERENCES";
                } else if (k.is("UNIQUE")) {
                    uniqueAt = uniques.size();
                    uniques.add(new UniqueDef(pending, List.of(name), Optional.empty()));
                    i++;
                    last = "UNIQUE";
                } else if (k.is("PRIMARY")) {
                    i += 2;
                    if (i < to && (t.get(i).is("ASC") || t.get(i).is("DESC"))) i++;
                    last = "PRIMARY KEY";
                } else if (k.is("NOT") && i + 1 < to && t.get(i + 1).is("NULL")) {
                    i += 2;
                    last = "NOT NULL";
                } else if (k.is("AUTOINCREMENT")) {
                    autoincrement = true;
                    i++;
                    continue;
                } else {
                    if (k.is("NULL") || k.is("DEFAULT") || k.is("GENERATED")) {
                        pending = "";
                        last = k.text();
                    }
                    i++;
                    continue;
                }
                pending = "";
            }
            columns.add(new ColumnDef(name, collation, generated, notNullConflict));
        }

        private void tableConstraint(int from, int to) {
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
                List<String> cols = names(i + 3, c);
                if (c + 1 < to && t.get(c + 1).is("REFERENCES")) references(c + 1, to, name, cols);
            } else if (k.is("UNIQUE") && i + 1 < to && t.get(i + 1).isPunct('(')) {
                int c = SqlTokens.closing(t, i + 1);
                uniques.add(new UniqueDef(name, names(i + 2, c), onConflict(c + 1, to) ? Optional.of(t.get(c + 3).value()) : Optional.empty()));
            } else if (k.is("PRIMARY") && i + 2 < to && t.get(i + 2).isPunct('(')) {
                int c = SqlTokens.closing(t, i + 2);
                if (onConflict(c + 1, to)) pkConflict = Optional.of(t.get(c + 3).value());
            }
        }

        /** Parses {@code REFERENCES tbl [(cols)] clauses...} starting at the REFERENCES token; returns the next index. */
        private int references(int at, int to, String name, List<String> cols) {
            int i = at + 1;
            if (i >= to) return to;
            String ref = t.get(i++).value();
            List<String> refCols = List.of();
            if (i < to && t.get(i).isPunct('(')) {
                int c = SqlTokens.closing(t, i);
                refCols = names(i + 1, c);
                i = c + 1;
            }
            boolean deferred = false;
            boolean not = false;
            while (i < to) {
                Token k = t.get(i);
                if ((k.is("ON") && !onConflict(i, to)) || k.is("MATCH")) {
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
            fks.add(new ForeignKeyDef(name, cols, ref, refCols, deferred));
            return i;
        }

        /** {@return the column names of an indexed-column list, ignoring COLLATE and ASC/DESC} */
        private List<String> names(int from, int to) {
            List<String> out = new ArrayList<>();
            for (int[] part : SqlTokens.splitCommas(t, from, to)) out.add(t.get(part[0]).value());
            return out;
        }
    }
}
