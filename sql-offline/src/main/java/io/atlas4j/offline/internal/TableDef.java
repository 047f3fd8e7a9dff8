package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The body of a {@code CREATE TABLE} (and the column or constraint of an {@code ALTER TABLE ... ADD}) read
 * token by token, keeping types, defaults and expressions as written: each dialect's reader then says
 * what its catalog would hold.
 */
final class TableDef {
    private static final Set<String> COLUMN_STOPS = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES",
            "CHECK", "COLLATE", "GENERATED", "AS", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "KEY", "CHARSET", "VISIBLE",
            "INVISIBLE", "STORED", "VIRTUAL", "PERSISTENT", "IDENTITY", "COLUMN_FORMAT", "STORAGE", "SRID");
    private static final Set<String> SQLITE_COLUMN_STOPS = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES",
            "CHECK", "COLLATE", "GENERATED", "AS");
    private static final Set<String> CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX",
            "FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD");

    final List<ColumnDef> columns = new ArrayList<>();
    final List<ConstraintDef> constraints = new ArrayList<>();

    /** A column as declared. */
    static final class ColumnDef {
        String name;
        boolean quoted;
        String type = "";
        boolean notNull;
        boolean explicitNull;
        Optional<String> dflt = Optional.empty();
        boolean primaryKey;
        boolean pkDesc;
        String pkConflict;
        String notNullConflict;
        /** the names given with CONSTRAINT, and whether they were quoted */
        String pkName;
        boolean pkQuoted;
        boolean unique;
        String uniqueName;
        boolean uniqueQuoted;
        ConstraintDef references;
        final List<ConstraintDef> checks = new ArrayList<>();
        String collate;
        boolean collateQuoted;
        String charset;
        String generated;
        boolean stored;
        boolean autoIncrement;
        String identity;
        String identityOptions;
        String comment;
        String onUpdate;
        /** PostgreSQL: not a column but {@code LIKE source [INCLUDING | EXCLUDING option] ...}, whose columns go here */
        Like like;
    }

    /** {@code LIKE source} in a PostgreSQL table body: the source's parts and quoting, and the options it includes. */
    record Like(List<String> source, List<Boolean> quoted, Set<String> including) {
    }

    /** A table constraint or index; also what a column's inline REFERENCES/CHECK/UNIQUE says. */
    static final class ConstraintDef {
        String kind; // PRIMARY, UNIQUE, FOREIGN, CHECK, INDEX, FULLTEXT, SPATIAL
        String name = "";
        /** the name was quoted: PostgreSQL folds an unquoted one to lower case */
        boolean quoted;
        final List<KeyPart> parts = new ArrayList<>();
        List<String> refTable = List.of();
        /** which parts of {@code refTable} were quoted */
        final List<Boolean> refQuoted = new ArrayList<>();
        boolean matchFull;
        final List<String> refColumns = new ArrayList<>();
        String onDelete;
        String onUpdate;
        String check;
        boolean deferrable;
        boolean initiallyDeferred;
        boolean noInherit;
        String using;
        String comment;
        String conflict;
        boolean nullsNotDistinct;
        String where;
        String include;
    }

    /** One key part: a column (with a prefix length) or an expression. */
    record KeyPart(String column, String expr, boolean desc, Integer length, String collate, String opclass) {
        KeyPart withColumn(String name) {
            return new KeyPart(name, expr, desc, length, collate, opclass);
        }
    }

    static TableDef parse(Cursor c) {
        TableDef d = new TableDef();
        c.expect("(");
        if (c.accept(")")) return d;
        while (true) {
            d.element(c);
            if (c.accept(")")) return d;
            c.expect(",");
        }
    }

    /** Reads one column definition or table constraint at the cursor. */
    void element(Cursor c) {
        Token first = c.peek();
        boolean constraint = first.kind() == Token.Kind.WORD && CONSTRAINT_START.contains(first.upper())
                // PostgreSQL has no index clauses in a table body: "fulltext tsvector" is a column
                && !(c.postgres && List.of("KEY", "INDEX", "FULLTEXT", "SPATIAL", "PERIOD").contains(first.upper()));
        if (constraint && (first.is("KEY") || first.is("INDEX"))) {
            // "key varchar(10)" is a column named key; "KEY name (col)" an index
            Token second = c.peek(1);
            Token third = c.peek(2);
            Token fourth = c.peek(3);
            constraint = second != null && (second.is("(") && third != null && third.kind() != Token.Kind.NUMBER
                    || second.isName() && third != null && third.is("(") && fourth != null && fourth.kind() != Token.Kind.NUMBER
                    || second.is("USING"));
        }
        if (constraint && (first.is("CHECK") || first.is("UNIQUE") || first.is("PRIMARY")) && c.peek(1) != null && !c.peek(1).is("(")
                && !c.peek(1).is("KEY") && !c.peek(1).is("INDEX") && !c.peek(1).isName() && !c.peek(1).is("NULLS")) {
            constraint = false;
        }
        if (constraint && first.is("LIKE") && c.postgres) columns.add(like(c));
        else if (constraint) constraints.add(constraint(c));
        else columns.add(column(c));
    }

    private static final List<String> LIKE_OPTIONS = List.of("COMMENTS", "COMPRESSION", "CONSTRAINTS", "DEFAULTS", "GENERATED", "IDENTITY",
            "INDEXES", "STATISTICS", "STORAGE");

    /** {@code LIKE source [{INCLUDING | EXCLUDING} {option | ALL}] ...}, the options applied in order as PostgreSQL does */
    private static ColumnDef like(Cursor c) {
        c.expect("LIKE");
        int from = c.i;
        List<String> source = c.qualified();
        List<Boolean> quoted = new ArrayList<>();
        for (int x = from; x < c.i; x++) if (c.t.get(x).isName()) quoted.add(c.t.get(x).kind() == Token.Kind.QUOTED);
        Set<String> including = new java.util.TreeSet<>();
        while (c.at("INCLUDING") || c.at("EXCLUDING")) {
            boolean in = c.next().is("INCLUDING");
            String option = c.next().upper();
            List<String> options = option.equals("ALL") ? LIKE_OPTIONS : List.of(option);
            if (!LIKE_OPTIONS.containsAll(options)) throw new Unsupported("the LIKE option " + option);
            if (in) including.addAll(options);
            else including.removeAll(options);
        }
        ColumnDef col = new ColumnDef();
        col.like = new Like(source, quoted, including);
        return col;
    }

    static ColumnDef column(Cursor c) {
        ColumnDef col = new ColumnDef();
        col.quoted = c.peek() != null && c.peek().kind() == Token.Kind.QUOTED;
        col.name = c.name();
        int from = c.i;
        int depth = 0;
        while (!c.done()) {
            Token x = c.peek();
            if (depth == 0 && (x.is(",") || x.is(")"))) break;
            if (depth == 0 && x.kind() == Token.Kind.WORD && ((c.sqlite ? SQLITE_COLUMN_STOPS : COLUMN_STOPS).contains(x.upper())
                    || x.is("CHARACTER") && c.peek(1) != null && c.peek(1).is("SET"))) break;
            if (x.is("(")) depth++;
            if (x.is(")")) depth--;
            c.i++;
        }
        col.type = c.text(from, c.i);
        while (!c.done() && !c.peek().is(",") && !c.peek().is(")")) {
            String cname = null;
            boolean cquoted = false;
            if (c.accept("CONSTRAINT")) {
                cname = c.name();
                cquoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
            if (c.accept("NOT", "NULL")) {
                col.notNull = true;
                col.notNullConflict = conflict(c);
            } else if (c.accept("NULL")) {
                col.explicitNull = true;
            } else if (c.accept("DEFAULT")) {
                col.dflt = Optional.of(expr(c));
            } else if (c.accept("PRIMARY", "KEY")) {
                col.primaryKey = true;
                col.pkName = cname;
                col.pkQuoted = cquoted;
                if (c.accept("DESC")) col.pkDesc = true;
                c.accept("ASC");
                col.pkConflict = conflict(c);
                if (c.accept("AUTOINCREMENT")) col.autoIncrement = true;
            } else if (c.accept("UNIQUE")) {
                c.accept("KEY");
                col.unique = true;
                col.uniqueName = cname;
                col.uniqueQuoted = cquoted;
                conflict(c);
            } else if (c.at("REFERENCES")) {
                ConstraintDef fk = new ConstraintDef();
                fk.kind = "FOREIGN";
                fk.name = cname == null ? "" : cname;
                fk.quoted = cquoted;
                fk.parts.add(new KeyPart(col.name, null, false, null, null, null));
                references(c, fk);
                col.references = fk;
            } else if (c.accept("CHECK")) {
                ConstraintDef ck = new ConstraintDef();
                ck.kind = "CHECK";
                ck.name = cname == null ? "" : cname;
                ck.quoted = cquoted;
                ck.check = group(c);
                if (c.accept("NO", "INHERIT")) ck.noInherit = true;
                col.checks.add(ck);
            } else if (c.accept("COLLATE")) {
                col.collate = c.name();
                col.collateQuoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            } else if (c.accept("CHARACTER", "SET") || c.accept("CHARSET")) {
                col.charset = c.name();
            } else if (c.accept("GENERATED", "ALWAYS", "AS", "IDENTITY") || c.accept("GENERATED", "BY", "DEFAULT", "AS", "IDENTITY")) {
                col.identity = c.t.get(c.i - 3).is("DEFAULT") ? "BY DEFAULT" : "ALWAYS";
                if (c.at("(")) {
                    int f = c.i;
                    c.skipGroup();
                    col.identityOptions = c.text(f + 1, c.i - 1);
                }
            } else if (c.accept("GENERATED", "ALWAYS", "AS") || c.accept("AS")) {
                col.generated = group(c);
                if (c.accept("STORED") || c.accept("PERSISTENT")) col.stored = true;
                else c.accept("VIRTUAL");
            } else if (c.accept("AUTO_INCREMENT") || c.accept("AUTOINCREMENT")) {
                col.autoIncrement = true;
            } else if (c.accept("COMMENT")) {
                col.comment = c.next().text();
            } else if (c.accept("ON", "UPDATE")) {
                col.onUpdate = expr(c);
            } else if (c.accept("DEFERRABLE") || c.accept("NOT", "DEFERRABLE") || c.accept("INITIALLY", "DEFERRED")
                    || c.accept("INITIALLY", "IMMEDIATE") || c.accept("VISIBLE")) {
                if (col.references != null && c.t.get(c.i - 1).is("DEFERRED")) col.references.initiallyDeferred = true;
                if (col.references != null && c.t.get(c.i - 1).is("DEFERRABLE") && !c.t.get(c.i - 2).is("NOT")) col.references.deferrable = true;
            } else {
                throw new Unsupported("the column clause \"" + c.peek().text() + "\" of column " + col.name);
            }
        }
        return col;
    }

    /** SQLite's {@code ON CONFLICT <action>} after a constraint. */
    private static String conflict(Cursor c) {
        if (c.accept("ON", "CONFLICT")) return c.next().upper();
        return null;
    }

    static ConstraintDef constraint(Cursor c) {
        ConstraintDef k = new ConstraintDef();
        if (c.accept("CONSTRAINT")) {
            if (!c.at("PRIMARY") && !c.at("UNIQUE") && !c.at("FOREIGN") && !c.at("CHECK") && !c.at("EXCLUDE")) {
                k.name = c.name();
                k.quoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
        }
        if (c.accept("PRIMARY", "KEY")) {
            k.kind = "PRIMARY";
            indexTail(c, k);
            k.conflict = conflict(c);
            if (c.accept("AUTOINCREMENT")) k.using = "AUTOINCREMENT";
        } else if (c.accept("UNIQUE")) {
            k.kind = "UNIQUE";
            if (!c.accept("KEY")) c.accept("INDEX");
            if (c.accept("NULLS", "NOT", "DISTINCT")) k.nullsNotDistinct = true;
            if (!c.at("(") && !c.at("USING")) {
                k.name = c.name();
                k.quoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
            indexTail(c, k);
            k.conflict = conflict(c);
        } else if (c.accept("FOREIGN", "KEY")) {
            k.kind = "FOREIGN";
            if (!c.at("(")) {
                k.name = c.name();
                k.quoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
            for (int[] g : c.list()) k.parts.add(new KeyPart(new Cursor(c.sql, c.t.subList(g[0], g[1])).name(), null, false, null, null, null));
            references(c, k);
        } else if (c.accept("CHECK")) {
            k.kind = "CHECK";
            k.check = group(c);
            if (c.accept("NO", "INHERIT")) k.noInherit = true;
            c.accept("ENFORCED");
        } else if (c.accept("KEY") || c.accept("INDEX")) {
            k.kind = "INDEX";
            if (!c.at("(") && !c.at("USING")) {
                k.name = c.name();
                k.quoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
            indexTail(c, k);
        } else if (c.accept("FULLTEXT") || c.accept("SPATIAL")) {
            k.kind = c.t.get(c.i - 1).upper();
            if (!c.accept("KEY")) c.accept("INDEX");
            if (!c.at("(")) {
                k.name = c.name();
                k.quoted = c.t.get(c.i - 1).kind() == Token.Kind.QUOTED;
            }
            indexTail(c, k);
        } else if (c.accept("EXCLUDE")) {
            // PostgreSQL: EXCLUDE [USING method] (element WITH operator, ...) [WHERE (predicate)]
            k.kind = "EXCLUDE";
            k.using = c.accept("USING") ? c.next().text().toLowerCase(Locale.ROOT) : "btree";
            for (int[] g : c.list()) {
                int with = -1;
                for (int x = g[1] - 1; x > g[0]; x--) if (c.t.get(x).is("WITH")) { with = x; break; }
                if (with < 0 || with + 1 >= g[1]) throw new Unsupported("an EXCLUDE element without WITH");
                Cursor p = new Cursor(c.sql, c.t.subList(g[0], with));
                List<KeyPart> parts = new ArrayList<>();
                if (p.t.size() == 1 && p.t.get(0).isName()) parts.add(new KeyPart(p.t.get(0).name(), null, false, null, null, null));
                else if (c.postgres && p.t.size() > 1) parts.add(new KeyPart(null, null, false, null, null, null));
                else throw new Unsupported("an EXCLUDE element that is not a column");
                // an expression element keeps its text in the collation slot, the operator being in the expression slot
                k.parts.add(new KeyPart(parts.get(0).column(), c.text(with + 1, g[1]).replaceAll("\\s+", ""), false, null,
                        parts.get(0).column() == null ? c.text(g[0], with) : null, null));
            }
            if (c.accept("WHERE")) {
                if (!c.at("(")) throw new Unsupported("an EXCLUDE predicate without parentheses");
                k.where = group(c);
            }
        } else {
            throw new Unsupported("the table constraint \"" + c.peek().text() + "\"");
        }
        while (c.accept("DEFERRABLE") || c.accept("NOT", "DEFERRABLE") || c.accept("INITIALLY", "DEFERRED") || c.accept("INITIALLY", "IMMEDIATE")
                || c.accept("NOT", "VALID")) {
            if (c.t.get(c.i - 1).is("DEFERRABLE") && !c.t.get(c.i - 2).is("NOT")) k.deferrable = true;
            if (c.t.get(c.i - 1).is("DEFERRED")) k.initiallyDeferred = true;
            if (c.t.get(c.i - 1).is("VALID")) throw new Unsupported("NOT VALID constraints");
        }
        return k;
    }

    /** {@code [USING m] (parts) [USING m] [COMMENT '...'] [INCLUDE (..)] [WITH (..)]} */
    private static void indexTail(Cursor c, ConstraintDef k) {
        if (c.accept("USING")) k.using = c.next().upper();
        k.parts.addAll(parts(c));
        while (!c.done() && !c.at(",") && !c.at(")") && !c.at("ON", "CONFLICT") && !c.at("DEFERRABLE") && !c.at("NOT") && !c.at("INITIALLY")
                && !c.at("AUTOINCREMENT")) {
            if (c.accept("USING")) k.using = c.next().upper();
            else if (c.accept("COMMENT")) k.comment = c.next().text();
            else if (c.accept("INCLUDE")) {
                int f = c.i;
                c.skipGroup();
                k.include = c.text(f, c.i);
            } else if (c.accept("KEY_BLOCK_SIZE")) {
                c.accept("=");
                c.next();
            } else if (c.accept("VISIBLE")) {
                continue;
            } else {
                throw new Unsupported("the index clause \"" + c.peek().text() + "\"");
            }
        }
    }

    /** {@return the key parts of a parenthesized list} */
    static List<KeyPart> parts(Cursor c) {
        List<KeyPart> out = new ArrayList<>();
        for (int[] g : c.list()) {
            Cursor p = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            int end = p.t.size();
            boolean desc = false;
            String collate = null;
            String opclass = null;
            // trailing ASC/DESC, NULLS FIRST/LAST, COLLATE x, opclass
            if (end >= 2 && p.t.get(end - 2).is("NULLS")) {
                throw new Unsupported("NULLS FIRST/LAST in an index key");
            }
            if (end >= 1 && (p.t.get(end - 1).is("DESC") || p.t.get(end - 1).is("ASC"))) {
                desc = p.t.get(end - 1).is("DESC");
                end--;
            }
            if (end >= 2 && p.t.get(end - 2).is("COLLATE")) {
                collate = p.t.get(end - 1).name();
                end -= 2;
            }
            Token first = p.t.get(0);
            if (first.isName() && end == 1) {
                out.add(new KeyPart(first.name(), null, desc, null, collate, null));
            } else if (first.isName() && end == 4 && p.t.get(1).is("(") && p.t.get(2).kind() == Token.Kind.NUMBER && p.t.get(3).is(")")) {
                out.add(new KeyPart(first.name(), null, desc, Integer.parseInt(p.t.get(2).text()), collate, null));
            } else if (first.isName() && end == 2 && p.t.get(1).isName()) {
                opclass = p.t.get(1).name();
                out.add(new KeyPart(first.name(), null, desc, null, collate, opclass));
            } else {
                out.add(new KeyPart(null, p.text(0, end), desc, null, collate, null));
            }
        }
        return out;
    }

    static void references(Cursor c, ConstraintDef k) {
        c.expect("REFERENCES");
        int from = c.i;
        k.refTable = c.qualified();
        for (int x = from; x < c.i; x++) if (c.t.get(x).isName()) k.refQuoted.add(c.t.get(x).kind() == Token.Kind.QUOTED);
        if (c.at("(")) {
            for (int[] g : c.list()) k.refColumns.add(new Cursor(c.sql, c.t.subList(g[0], g[1])).name());
        }
        while (true) {
            if (c.accept("ON", "DELETE")) k.onDelete = action(c);
            else if (c.accept("ON", "UPDATE")) k.onUpdate = action(c);
            else if (c.accept("MATCH")) {
                String m = c.next().upper();
                if (m.equals("FULL") && c.postgres) k.matchFull = true;
                else if (!m.equals("SIMPLE")) throw new Unsupported("MATCH " + m + " foreign keys");
            } else if (c.accept("DEFERRABLE")) k.deferrable = true;
            else if (c.accept("NOT", "DEFERRABLE") || c.accept("INITIALLY", "IMMEDIATE")) {
                continue;
            } else if (c.accept("INITIALLY", "DEFERRED")) k.initiallyDeferred = true;
            else return;
        }
    }

    private static String action(Cursor c) {
        if (c.accept("SET", "NULL")) return "SET NULL";
        if (c.accept("SET", "DEFAULT")) return "SET DEFAULT";
        if (c.accept("NO", "ACTION")) return "NO ACTION";
        return c.next().upper();
    }

    /** {@return the text inside a parenthesized group at the cursor} */
    static String group(Cursor c) {
        int f = c.i;
        c.skipGroup();
        return c.text(f + 1, c.i - 1);
    }

    private static final Set<String> EXPR_STOPS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "COLLATE", "CONSTRAINT",
            "ON", "COMMENT", "AUTO_INCREMENT", "AUTOINCREMENT", "GENERATED", "DEFAULT", "VISIBLE", "INVISIBLE");

    /** {@return a default expression as written: a parenthesized group, or the tokens up to the next clause} */
    static String expr(Cursor c) {
        int from = c.i;
        if (c.at("(")) {
            c.skipGroup();
            // "(1) :: int" and the like go on after the group
            if (!c.at("::") && !c.at("||") && !c.at("+") && !c.at("-")) return c.text(from, c.i);
        } else {
            c.i++;
            if (c.t.get(from).is("-") || c.t.get(from).is("+")) c.i++;
        }
        while (!c.done()) {
            Token x = c.peek();
            if (x.is(",") || x.is(")")) break;
            if (x.kind() == Token.Kind.WORD && EXPR_STOPS.contains(x.upper())
                    && !(x.is("NULL") && c.t.get(c.i - 1).is("IS")) && !(x.is("NOT") && c.t.get(c.i - 1).is("IS"))) break;
            if (x.is("(")) {
                c.skipGroup();
                continue;
            }
            if (x.is("[")) {
                // an array constructor's elements are no column list: ARRAY[ARRAY[1, 2]]
                int depth = 0;
                do {
                    Token y = c.next();
                    if (y.is("[")) depth++;
                    else if (y.is("]")) depth--;
                } while (depth > 0);
                continue;
            }
            c.i++;
        }
        return c.text(from, c.i);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
