package io.atlas4j.offline.internal;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.IndexComment;
import io.atlas4j.mysql.IndexType;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.mysql.internal.MySqlAssembler;
import io.atlas4j.mysql.internal.MySqlTypes;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.UnsupportedType;
import io.atlas4j.spi.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL/MariaDB offline: tables, columns, keys, indexes and checks as the MySQL inspector reads them from
 * MariaDB (type spellings through the dialect's own codec, display widths, {@code current_timestamp()},
 * {@code PRIMARY} and first-column index names, {@code <table>_ibfk_<n>} foreign keys). What the table
 * leaves open (engine, character set, collation) is left open: the dialect's diff hooks take the server's.
 * Views, triggers and events are kept as the catalog re-prints them; routines are refused.
 */
final class MySqlReader {
    private static final Map<String, String> DEFAULT_COLLATIONS = Map.of("utf8mb4", "utf8mb4_general_ci", "utf8mb3", "utf8mb3_general_ci",
            "latin1", "latin1_swedish_ci", "ascii", "ascii_general_ci", "binary", "binary");

    /** A table being built. */
    private static final class T {
        final String name;
        final List<Column> columns = new ArrayList<>();
        Optional<Index> pk = Optional.empty();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        Attrs attrs = Attrs.EMPTY;
        int fkCount;
        int checkCount;
        /** Columns written {@code BINARY} before the table's character set is known. */
        final List<String> binaryPending = new ArrayList<>();

        T(String name) {
            this.name = name;
        }
    }

    private final MySqlTypes types;
    private final Map<String, T> tables = new LinkedHashMap<>();
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
    private final Map<String, io.atlas4j.mysql.Event> events = new java.util.TreeMap<>();
    private final Map<String, io.atlas4j.schema.View> views = new LinkedHashMap<>();
    private final Map<String, List<String>> viewColumns = new java.util.HashMap<>();

    /** MariaDB skips the executable comments for MySQL 5.7 and later, which MySQL runs. */
    private final boolean mariaDb;

    private MySqlReader(Dialect d) {
        this.types = (MySqlTypes) d.types();
        this.mariaDb = d instanceof io.atlas4j.mysql.MySqlDialect m && m.server().isMariaDb();
    }

    static Realm read(List<Stmt> statements, Dialect dialect) {
        MySqlReader r = new MySqlReader(dialect);
        for (Stmt s : statements) {
            try {
                r.apply(s);
            } catch (Unsupported e) {
                throw s.refuse(e.getMessage());
            }
        }
        List<Table> out = new ArrayList<>();
        for (T t : r.tables.values()) out.add(new Table(t.name, t.columns, t.pk, t.indexes, t.fks, t.checks, t.attrs));
        List<io.atlas4j.schema.SchemaObject> objects = new ArrayList<>(r.triggers.values());
        objects.addAll(r.events.values());
        return Realm.of(Schema.empty("").withTables(out).withViews(new ArrayList<>(r.views.values())).withObjects(objects));
    }

    private void apply(Stmt s) {
        Cursor c = s.cursor();
        String kept = MariaDbComments.withoutSkipped(c.sql, mariaDb);
        if (!kept.equals(c.sql)) c = new Cursor(kept, Lexer.tokens(kept, true));
        if (c.accept("SET")) {
            return; // session variables (names, checks, modes): nothing the catalog keeps
        }
        if (c.accept("CREATE")) {
            if (view(c)) return;
            if (MySqlEvents.at(c)) createEvent(c);
            else if (c.at("TABLE")) createTable(c);
            else if (c.at("INDEX") || c.at("UNIQUE", "INDEX") || c.at("FULLTEXT", "INDEX") || c.at("SPATIAL", "INDEX")) createIndex(c);
            else if (c.at("TRIGGER") || c.at("DEFINER")) createTrigger(c);
            else throw new Unsupported("this CREATE statement" + (s.parseError() == null ? "" : " (JSqlParser: " + s.parseError() + ")"));
        } else if (c.accept("ALTER", "TABLE")) {
            alter(c);
        } else if (c.accept("DROP", "TABLE")) {
            boolean ie = c.accept("IF", "EXISTS");
            do {
                String n = name(c);
                if (tables.remove(n) == null && !ie) throw new Unsupported("DROP of a table the SQL does not create");
                triggers.values().removeIf(x -> x.table().equals(n));
            } while (c.accept(","));
        } else if (c.accept("DROP", "VIEW")) {
            boolean ie = c.accept("IF", "EXISTS");
            do {
                String n = name(c);
                if (views.remove(n) == null && !ie) throw new Unsupported("DROP of a view the SQL does not create");
                viewColumns.remove(n);
            } while (c.accept(","));
        } else if (c.accept("DROP", "EVENT")) {
            boolean ie = c.accept("IF", "EXISTS");
            if (events.remove(name(c).toLowerCase(Locale.ROOT)) == null && !ie) throw new Unsupported("DROP of an event the SQL does not create");
        } else if (c.accept("DROP", "TRIGGER")) {
            boolean ie = c.accept("IF", "EXISTS");
            if (triggers.remove(name(c)) == null && !ie) throw new Unsupported("DROP of a trigger the SQL does not create");
        } else if (c.accept("DROP", "INDEX")) {
            String n = c.name();
            c.expect("ON");
            T t = table(name(c));
            if (!t.indexes.removeIf(i -> i.name().equalsIgnoreCase(n))) throw new Unsupported("DROP of an index the SQL does not create");
        } else {
            throw new Unsupported("this statement" + (s.parseError() == null ? "" : " (JSqlParser: " + s.parseError() + ")"));
        }
        if (!c.done()) throw new Unsupported("the clause \"" + c.peek().text() + "\"");
    }

    /**
     * {@code CREATE [OR REPLACE] [ALGORITHM = x] [DEFINER = u] [SQL SECURITY x] VIEW}: {@return false, the cursor
     * where it was, when the statement creates something else}
     */
    private boolean view(Cursor c) {
        int start = c.i;
        boolean replace = c.accept("OR", "REPLACE");
        String algorithm = "UNDEFINED";
        String security = "DEFINER";
        while (true) {
            if (c.accept("ALGORITHM")) {
                c.expect("=");
                algorithm = c.next().upper();
            } else if (c.accept("DEFINER")) {
                c.expect("=");
                while (!c.done() && !c.at("SQL") && !c.at("VIEW") && !c.at("TRIGGER") && !c.at("ALGORITHM") && !c.at("PROCEDURE") && !c.at("FUNCTION")
                        && !c.at("EVENT")) {
                    c.i++;
                }
            } else if (c.accept("SQL", "SECURITY")) {
                security = c.next().upper();
            } else {
                break;
            }
        }
        if (!c.accept("VIEW")) {
            c.i = start;
            return false;
        }
        c.accept("IF", "NOT", "EXISTS");
        String name = name(c);
        if (!c.accept("AS")) throw new Unsupported("a view with a column list");
        int end = c.t.size();
        if (end - c.i > 3 && c.t.get(end - 1).is("OPTION") && c.t.get(end - 2).is("CHECK")) throw new Unsupported("WITH CHECK OPTION");
        MariaDbViews.Printed p = MariaDbViews.print(c.text(c.i, end), n -> {
            T t = tables.get(n);
            if (t != null) return t.columns.stream().map(Column::name).toList();
            return viewColumns.get(n);
        });
        c.i = end;
        if ((views.containsKey(name) && !replace) || tables.containsKey(name)) throw new Unsupported("the name " + name + " is taken already");
        io.atlas4j.mysql.ViewOptions o = new io.atlas4j.mysql.ViewOptions(algorithm, security, "NONE");
        views.put(name, new io.atlas4j.schema.View(name, p.definition(), List.of(), o.equals(io.atlas4j.mysql.ViewOptions.DEFAULTS) ? Attrs.EMPTY : Attrs.of(o)));
        viewColumns.put(name, p.columns());
        return true;
    }

    private static String name(Cursor c) {
        List<String> parts = c.qualified();
        if (parts.size() > 2) throw new Unsupported("a name with more than two parts");
        return parts.get(parts.size() - 1);
    }

    private T table(String name) {
        T t = tables.get(name);
        if (t == null) throw new Unsupported("table " + name + ", which the SQL does not create");
        return t;
    }

    private void createTable(Cursor c) {
        c.expect("TABLE");
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        String name = name(c);
        if (tables.containsKey(name)) {
            if (ine) {
                c.i = c.t.size();
                return;
            }
            throw new Unsupported("table " + name + " exists already");
        }
        if (!c.at("(")) throw new Unsupported("CREATE TABLE without a column list (LIKE, AS SELECT)");
        T t = new T(name);
        TableDef d = TableDef.parse(c);
        tables.put(name, t);
        for (TableDef.ColumnDef col : d.columns) addColumn(t, col);
        for (TableDef.ColumnDef col : d.columns) inline(t, col);
        for (TableDef.ConstraintDef k : d.constraints) addConstraint(t, k);
        options(c, t);
        binaryCollations(t);
    }

    private void options(Cursor c, T t) {
        while (!c.done()) {
            if (c.accept(",")) continue;
            c.accept("DEFAULT");
            if (c.accept("ENGINE") || c.accept("TYPE")) {
                c.accept("=");
                t.attrs = t.attrs.with(new Engine(engine(c.next().name())));
            } else if (c.accept("CHARSET") || c.accept("CHARACTER", "SET")) {
                c.accept("=");
                String cs = MySqlAssembler.charset(c.next().name());
                if (t.attrs.get(Collation.class).isEmpty()) t.attrs = t.attrs.with(new Charset(cs)).with(new Collation(defaultCollation(cs)));
            } else if (c.accept("COLLATE")) {
                c.accept("=");
                String coll = MySqlAssembler.collation(c.next().name());
                t.attrs = t.attrs.with(new Collation(coll)).with(new Charset(MySqlAssembler.charsetOf(coll)));
            } else if (c.accept("COMMENT")) {
                c.accept("=");
                String text = string(c.next());
                t.attrs = text.isEmpty() ? t.attrs : t.attrs.with(new Comment(text));
            } else if (c.accept("ROW_FORMAT")) {
                c.accept("=");
                String f = c.next().upper();
                if (!f.equals("DEFAULT")) t.attrs = t.attrs.with(new io.atlas4j.mysql.RowFormat(f));
            } else if (c.accept("KEY_BLOCK_SIZE")) {
                // kept among the table's create options as written; 0 means none
                c.accept("=");
                Token k = c.next();
                // InnoDB in strict mode (MariaDB's default) takes only these page sizes
                if (k.kind() != Token.Kind.NUMBER || !k.text().matches("0|1|2|4|8|16")) throw new Unsupported("KEY_BLOCK_SIZE " + k.text());
                int n = Integer.parseInt(k.text());
                t.attrs = n == 0 ? t.attrs.without(io.atlas4j.mysql.KeyBlockSize.class) : t.attrs.with(new io.atlas4j.mysql.KeyBlockSize(n));
            } else if (c.accept("AUTO_INCREMENT")) {
                c.accept("=");
                long n = Long.parseLong(c.next().text());
                if (n > 1) t.attrs = t.attrs.with(new TableAutoIncrement(n));
            } else if (c.accept("PARTITION", "BY")) {
                t.attrs = t.attrs.with(new io.atlas4j.mysql.Partitioning(partitioning(c, t)));
            } else {
                throw new Unsupported("the table option \"" + c.peek().text() + "\"");
            }
        }
        if (t.attrs.has(io.atlas4j.mysql.KeyBlockSize.class)
                && t.attrs.get(io.atlas4j.mysql.RowFormat.class).filter(f -> !f.equals(new io.atlas4j.mysql.RowFormat("COMPRESSED"))).isPresent()) {
            throw new Unsupported("KEY_BLOCK_SIZE with a row format other than COMPRESSED (InnoDB rejects or ignores it)");
        }
    }

    /** A column written {@code BINARY} takes the binary collation of the table's character set. */
    private static void binaryCollations(T t) {
        for (String n : t.binaryPending) {
            String cs = t.attrs.get(Charset.class).map(Charset::name)
                    .orElseThrow(() -> new Unsupported("a BINARY column in a table without a character set (the server's default decides it)"));
            int i = index(t, n);
            Column col = t.columns.get(i);
            t.columns.set(i, col.withAttrs(col.attrs().with(new Collation(MySqlTypeSpellings.binaryCollation(cs))).with(new Charset(cs))));
        }
        t.binaryPending.clear();
    }

    /** {@return a PARTITION BY clause as the inspector rebuilds it from information_schema.PARTITIONS} */
    private static String partitioning(Cursor c, T t) {
        StringBuilder method = new StringBuilder();
        if (c.accept("LINEAR")) method.append("LINEAR ");
        String kind = c.next().upper();
        if (!java.util.Set.of("HASH", "KEY", "RANGE", "LIST").contains(kind)) throw new Unsupported("PARTITION BY " + kind);
        method.append(kind);
        boolean columns = (kind.equals("RANGE") || kind.equals("LIST")) && c.accept("COLUMNS");
        if (columns) method.append(" COLUMNS");
        if (kind.equals("KEY") && c.accept("ALGORITHM")) throw new Unsupported("PARTITION BY KEY ALGORITHM");
        if (!c.at("(")) throw new Unsupported("a PARTITION BY without its expression");
        String expr;
        if (columns || kind.equals("KEY")) {
            List<String> names = new ArrayList<>();
            for (int[] g : c.list()) {
                if (g[1] - g[0] != 1) throw new Unsupported("a partitioning column list with expressions");
                names.add("`" + t.columns.get(index(t, c.t.get(g[0]).name())).name() + "`");
            }
            expr = String.join(",", names);
        } else {
            expr = MariaDbChecks.printExpr(TableDef.group(c), n -> t.columns.get(index(t, n)).name());
        }
        int count = 1;
        boolean counted = false;
        if (c.accept("PARTITIONS")) {
            count = Integer.parseInt(c.next().text());
            counted = true;
        }
        if (c.at("SUBPARTITION")) throw new Unsupported("subpartitions");
        StringBuilder b = new StringBuilder("PARTITION BY ").append(method).append(" (").append(expr).append(')');
        boolean hash = kind.equals("HASH") || kind.equals("KEY");
        List<String> parts = new ArrayList<>();
        if (c.at("(")) {
            for (int[] g : c.list()) {
                Cursor p = new Cursor(c.sql, c.t.subList(g[0], g[1]));
                p.expect("PARTITION");
                String name = p.name();
                if (hash) {
                    if (!p.done()) throw new Unsupported("partition options");
                    parts.add(name);
                    continue;
                }
                String values;
                if (kind.equals("RANGE") && p.accept("VALUES", "LESS", "THAN")) {
                    if (p.accept("MAXVALUE")) values = " VALUES LESS THAN MAXVALUE";
                    else {
                        String d = description(p, columns);
                        values = d.equals("MAXVALUE") ? " VALUES LESS THAN MAXVALUE" : " VALUES LESS THAN (" + d + ")";
                    }
                } else if (kind.equals("LIST") && p.accept("VALUES", "IN")) {
                    values = " VALUES IN (" + description(p, columns) + ")";
                } else {
                    throw new Unsupported("a partition definition without its values");
                }
                if (!p.done()) throw new Unsupported("partition options");
                parts.add("PARTITION `" + name.replace("`", "``") + "`" + values);
            }
            if (hash && counted && parts.size() != count) throw new Unsupported("a partition count other than the partitions listed");
            if (hash) count = parts.size();
        } else if (!hash) {
            throw new Unsupported("RANGE or LIST partitioning without partitions");
        }
        if (hash) return b.append(" PARTITIONS ").append(count).toString();
        return b.append(" (").append(String.join(", ", parts)).append(')').toString();
    }

    /** {@return partition values as information_schema.PARTITIONS.PARTITION_DESCRIPTION prints them: literals only} */
    private static String description(Cursor p, boolean columns) {
        List<String> out = new ArrayList<>();
        for (int[] g : p.list()) {
            List<Token> v = p.t.subList(g[0], g[1]);
            String text;
            if (v.size() == 1 && v.get(0).is("MAXVALUE")) text = "MAXVALUE";
            else if (v.size() == 1 && v.get(0).kind() == Token.Kind.NUMBER) text = v.get(0).text();
            else if (v.size() == 2 && v.get(0).is("-") && v.get(1).kind() == Token.Kind.NUMBER) text = "-" + v.get(1).text();
            else if (columns && v.size() == 1 && v.get(0).kind() == Token.Kind.STRING && v.get(0).text().startsWith("'")
                    && v.get(0).text().indexOf('\\') < 0) text = v.get(0).text();
            else if (v.size() == 1 && v.get(0).is("NULL")) text = "NULL";
            else throw new Unsupported("a partition value that is not a literal (the server stores its value)");
            out.add(text);
        }
        return String.join(",", out);
    }

    private static String engine(String e) {
        return switch (e.toLowerCase(Locale.ROOT)) {
            case "innodb" -> "InnoDB";
            case "myisam" -> "MyISAM";
            case "memory" -> "MEMORY";
            default -> throw new Unsupported("the engine " + e);
        };
    }

    private static String defaultCollation(String charset) {
        String c = DEFAULT_COLLATIONS.get(charset);
        if (c == null) throw new Unsupported("the character set " + charset + " without a collation (its default depends on the server)");
        return c;
    }

    private static String string(Token t) {
        if (t.kind() != Token.Kind.STRING) throw new Unsupported("a comment that is not a string");
        return unquote(t.text());
    }

    private static String unquote(String lit) {
        String inner = lit.substring(1, lit.length() - 1);
        if (inner.indexOf('\\') >= 0) throw new Unsupported("a string with backslash escapes");
        return inner.replace("''", "'");
    }

    private void addColumn(T t, TableDef.ColumnDef col) {
        if (t.columns.stream().anyMatch(x -> x.name().equalsIgnoreCase(col.name))) throw new Unsupported("column " + col.name + " twice");
        MySqlTypeSpellings.Spelled spelled = MySqlTypeSpellings.of(col.type.strip());
        String written = spelled.type();
        if (written.toLowerCase(Locale.ROOT).startsWith("serial")) throw new Unsupported("the type " + written);
        ColumnType type = types.parse(written);
        // bit(n) has no type of its own in the model: the catalog's spelling is carried as it is
        if (type instanceof UnsupportedType u && !MySqlTypeSpellings.isBit(u)) throw new Unsupported("the type " + written);
        Attrs a = Attrs.EMPTY;
        var width = types.displayWidth(written, type);
        if (width.isPresent()) a = a.with(new DisplayWidth(width.getAsInt()));
        if (spelled.national() && (col.collate != null || col.charset != null)) throw new Unsupported("a national character type with its own character set");
        if (spelled.binary() && col.collate != null) throw new Unsupported("BINARY with a COLLATE");
        if (spelled.national()) {
            a = a.with(new Collation(MySqlTypeSpellings.NATIONAL_COLLATION)).with(new Charset(MySqlTypeSpellings.NATIONAL_CHARSET));
        } else if (spelled.binary()) {
            // the binary collation of the column's character set, or of the table's once its options are read
            String cs = col.charset != null ? MySqlAssembler.charset(col.charset) : t.attrs.get(Charset.class).map(Charset::name).orElse(null);
            if (cs == null) t.binaryPending.add(col.name);
            else a = a.with(new Collation(MySqlTypeSpellings.binaryCollation(cs))).with(new Charset(cs));
        } else if (col.collate != null) {
            String coll = MySqlAssembler.collation(col.collate);
            a = a.with(new Collation(coll)).with(new Charset(MySqlAssembler.charsetOf(coll)));
        } else if (col.charset != null) {
            String cs = MySqlAssembler.charset(col.charset);
            a = a.with(new Collation(defaultCollation(cs))).with(new Charset(cs));
        }
        if (col.autoIncrement) a = a.with(new AutoIncrement());
        if (col.onUpdate != null) a = a.with(new OnUpdate(MySqlAssembler.now(col.onUpdate)));
        if (col.comment != null) {
            String text = unquote(col.comment);
            if (!text.isEmpty()) a = a.with(new Comment(text));
        }
        if (col.identity != null) throw new Unsupported("an identity column");
        Optional<io.atlas4j.schema.Expr> dflt = Optional.empty();
        if (col.dflt.isPresent() && type instanceof UnsupportedType) throw new Unsupported("a default on a " + written + " column");
        Optional<String> introduced = col.dflt.flatMap(w -> MySqlTypeSpellings.introducedDefault(w, type));
        if (introduced.isPresent()) dflt = Optional.of(new RawExpr(introduced.get()));
        else if (col.dflt.isPresent()) dflt = defaultValue(col.dflt.get());
        // a decimal default is stored with the column's scale: 0.001 in decimal(10,4) reads back as 0.0010
        if (dflt.isPresent() && type instanceof io.atlas4j.schema.type.DecimalType dt && dt.scale().isPresent()) {
            String v = dflt.get().sql();
            if (v.startsWith("'") && v.endsWith("'")) v = v.substring(1, v.length() - 1);
            if (v.matches("-?\\d+(\\.\\d+)?")) {
                java.math.BigDecimal n = new java.math.BigDecimal(v);
                if (n.scale() > dt.scale().getAsInt()) throw new Unsupported("a decimal default with more digits than the column keeps (the server rounds it)");
                dflt = Optional.of(new Literal(n.setScale(dt.scale().getAsInt()).toPlainString()));
            }
        }
        boolean notNull = col.notNull || col.primaryKey;
        if (col.generated != null) {
            if (col.dflt.isPresent() || col.autoIncrement) throw new Unsupported("a default on a generated column");
            String g = MariaDbChecks.printExpr(col.generated, n -> {
                for (Column c : t.columns) if (c.name().equalsIgnoreCase(n)) return c.name();
                throw new Unsupported("column " + n + " of table " + t.name + ", which the SQL does not create before the generated column");
            });
            a = a.with(new io.atlas4j.schema.Generated(g, col.stored));
            // MariaDB reports a generated column as nullable
            notNull = false;
        }
        t.columns.add(new Column(col.name, type, !notNull, dflt, a));
    }

    private static Optional<io.atlas4j.schema.Expr> defaultValue(String written) {
        String w = written.strip();
        String u = w.toUpperCase(Locale.ROOT);
        if (u.equals("NULL")) return Optional.empty();
        if (w.startsWith("'") && w.endsWith("'")) return Optional.of(new Literal("'" + unquote(w).replace("'", "''") + "'"));
        if (w.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) return Optional.of(new Literal(w.startsWith("+") ? w.substring(1) : w));
        if (u.equals("TRUE")) return Optional.of(new Literal("1"));
        if (u.equals("FALSE")) return Optional.of(new Literal("0"));
        String now = MySqlAssembler.now(w);
        if (now.startsWith("current_timestamp")) return Optional.of(new RawExpr(now));
        // a typed date literal is stored as its string
        java.util.regex.Matcher date = java.util.regex.Pattern.compile(
                "(?i)(?:DATE\\s*'(\\d{4}-\\d{2}-\\d{2})'|TIME\\s*'(\\d{2}:\\d{2}:\\d{2})'|TIMESTAMP\\s*'(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})')").matcher(w);
        if (date.matches()) {
            String v = date.group(1) != null ? date.group(1) : date.group(2) != null ? date.group(2) : date.group(3);
            return Optional.of(new Literal("'" + v + "'"));
        }
        if (w.matches("-\\s+\\d+(\\.\\d+)?")) return Optional.of(new Literal("-" + w.substring(1).strip()));
        // an expression default (MariaDB 10.2+): printed as MariaDB prints it, read back as the inspector reads it
        String printed = MariaDbChecks.printExpr(w, n -> {
            throw new Unsupported("the default expression " + w + " (a default that reads a column)");
        });
        io.atlas4j.schema.Expr e = io.atlas4j.schema.Exprs.of(printed);
        return Optional.of(e instanceof RawExpr ? new RawExpr(MySqlAssembler.now(printed)) : e);
    }

    private void inline(T t, TableDef.ColumnDef col) {
        TableDef.KeyPart part = new TableDef.KeyPart(col.name, null, false, null, null, null);
        if (col.primaryKey) {
            TableDef.ConstraintDef k = new TableDef.ConstraintDef();
            k.kind = "PRIMARY";
            k.parts.add(part);
            addConstraint(t, k);
        }
        if (col.unique) {
            TableDef.ConstraintDef k = new TableDef.ConstraintDef();
            k.kind = "UNIQUE";
            k.parts.add(part);
            addConstraint(t, k);
        }
        // MariaDB ignores an inline REFERENCES, as MySQL before 8.0.16 does
        for (TableDef.ConstraintDef ck : col.checks) {
            if (!ck.name.isEmpty()) throw new Unsupported("a named column check");
            int i = index(t, col.name);
            Column c = t.columns.get(i);
            String clause = checkClause(t, ck.check);
            if (clause.equals("json_valid(`" + c.name().replace("`", "``") + "`)")) {
                // MariaDB's JSON is LONGTEXT with this check, and the inspector reads the pair back as json
                t.columns.set(i, c.withType(new io.atlas4j.schema.type.JsonType("json"))
                        .withAttrs(c.attrs().without(Collation.class).without(Charset.class).without(DisplayWidth.class)));
                continue;
            }
            t.columns.set(i, c.withAttrs(c.attrs().with(new ColumnCheck(clause))));
        }
    }

    private static int index(T t, String column) {
        for (int i = 0; i < t.columns.size(); i++) if (t.columns.get(i).name().equalsIgnoreCase(column)) return i;
        throw new Unsupported("column " + column + " of table " + t.name + ", which the SQL does not create");
    }

    /** MariaDB prints a check with its column names in backquotes and its own keyword spelling. */
    private static String checkClause(T t, String written) {
        return MariaDbChecks.print(written, n -> t.columns.get(index(t, n)).name());
    }

    private void addConstraint(T t, TableDef.ConstraintDef k) {
        List<IndexPart> parts = new ArrayList<>();
        for (TableDef.KeyPart p : k.parts) {
            if (p.column() == null) throw new Unsupported("an expression in a key");
            Attrs a = p.length() == null ? Attrs.EMPTY : Attrs.of(new SubPart(p.length()));
            parts.add(new IndexPart.OfColumn(t.columns.get(index(t, p.column())).name(), p.desc(), a));
        }
        Attrs a = Attrs.EMPTY;
        if (k.comment != null) a = a.with(new IndexComment(unquote(k.comment)));
        if (k.using != null && k.using.equals("HASH")) a = a.with(new IndexType("HASH"));
        switch (k.kind) {
            case "PRIMARY" -> {
                if (t.pk.isPresent()) throw new Unsupported("a second primary key");
                for (IndexPart p : parts) {
                    int i = index(t, ((IndexPart.OfColumn) p).column());
                    t.columns.set(i, t.columns.get(i).withNullable(false));
                }
                t.pk = Optional.of(new Index("PRIMARY", true, parts, a));
            }
            case "UNIQUE", "INDEX", "FULLTEXT", "SPATIAL" -> {
                if (k.kind.equals("FULLTEXT") || k.kind.equals("SPATIAL")) a = a.with(new IndexType(k.kind));
                String name = k.name.isEmpty() ? indexName(t, ((IndexPart.OfColumn) parts.get(0)).column()) : k.name;
                if (t.indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) throw new Unsupported("index " + name + " twice");
                t.indexes.add(new Index(name, k.kind.equals("UNIQUE"), parts, a));
            }
            case "FOREIGN" -> {
                t.fkCount++;
                String name = k.name.isEmpty() ? t.name + "_ibfk_" + t.fkCount : k.name;
                String ref = k.refTable.get(k.refTable.size() - 1);
                List<String> cols = parts.stream().map(p -> ((IndexPart.OfColumn) p).column()).toList();
                if (k.refColumns.isEmpty()) throw new Unsupported("a foreign key without referenced columns");
                t.fks.add(new ForeignKey(name, cols, QualifiedName.of(ref), k.refColumns, action(k.onUpdate), action(k.onDelete), Attrs.EMPTY));
            }
            case "CHECK" -> {
                t.checkCount++;
                String name = k.name.isEmpty() ? "CONSTRAINT_" + t.checkCount : k.name;
                t.checks.add(new Check(name, checkClause(t, k.check), Attrs.EMPTY));
            }
            default -> throw new Unsupported("a " + k.kind + " key");
        }
    }

    /** MySQL names an unnamed index after its first column, then {@code _2}, {@code _3}, ... */
    private static String indexName(T t, String column) {
        String n = column;
        int k = 1;
        while (true) {
            String candidate = n;
            if (t.indexes.stream().noneMatch(i -> i.name().equalsIgnoreCase(candidate)) && !candidate.equalsIgnoreCase("PRIMARY")) return candidate;
            n = column + "_" + ++k;
        }
    }

    private static ReferenceAction action(String sql) {
        return sql == null ? ReferenceAction.RESTRICT : ReferenceAction.fromSql(sql);
    }

    private void createIndex(Cursor c) {
        TableDef.ConstraintDef k = new TableDef.ConstraintDef();
        k.kind = c.accept("UNIQUE") ? "UNIQUE" : c.accept("FULLTEXT") ? "FULLTEXT" : c.accept("SPATIAL") ? "SPATIAL" : "INDEX";
        c.expect("INDEX");
        k.name = c.name();
        if (c.accept("USING")) k.using = c.next().upper();
        c.expect("ON");
        T t = table(name(c));
        k.parts.addAll(TableDef.parts(c));
        while (!c.done()) {
            if (c.accept("USING")) k.using = c.next().upper();
            else if (c.accept("COMMENT")) k.comment = c.next().text();
            else throw new Unsupported("the index clause \"" + c.peek().text() + "\"");
        }
        addConstraint(t, k);
    }

    /** The server keeps a trigger's body as written, and the inspector rebuilds its CREATE TRIGGER around it. */
    private void createTrigger(Cursor c) {
        if (c.accept("DEFINER")) {
            c.expect("=");
            c.next();
            if (c.accept("@")) c.next();
        }
        c.expect("TRIGGER");
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        String name = name(c);
        String timing = c.next().upper();
        String event = c.next().upper();
        if (!List.of("BEFORE", "AFTER").contains(timing) || !List.of("INSERT", "UPDATE", "DELETE").contains(event)) {
            throw new Unsupported("the trigger timing " + timing + " " + event);
        }
        c.expect("ON");
        T t = table(name(c));
        c.expect("FOR");
        c.expect("EACH");
        c.expect("ROW");
        if (c.at("FOLLOWS") || c.at("PRECEDES")) throw new Unsupported("FOLLOWS/PRECEDES trigger order");
        if (c.done()) throw new Unsupported("a trigger without a body");
        String body = c.text(c.i, c.t.size());
        c.i = c.t.size();
        if (triggers.containsKey(name)) {
            if (ine) return;
            throw new Unsupported("trigger " + name + " exists already");
        }
        String def = "CREATE TRIGGER " + id(name) + " " + timing + " " + event + " ON " + id(t.name) + " FOR EACH ROW " + body;
        triggers.put(name, new Trigger(name, t.name, def, Attrs.EMPTY));
    }

    /** Event names are case-insensitive; the catalog lists events by name. */
    private void createEvent(Cursor c) {
        MySqlEvents.Read r = MySqlEvents.read(c);
        String key = r.event().name().toLowerCase(Locale.ROOT);
        if (events.containsKey(key)) {
            if (r.ifNotExists()) return;
            throw new Unsupported("event " + r.event().name() + " exists already");
        }
        events.put(key, r.event());
    }

    private static String id(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private void alter(Cursor c) {
        T t = table(name(c));
        do {
            if (c.accept("ADD")) {
                if (c.at("CONSTRAINT") || c.at("PRIMARY") || c.at("UNIQUE") || c.at("FOREIGN") || c.at("CHECK") || c.at("KEY") || c.at("INDEX")
                        || c.at("FULLTEXT") || c.at("SPATIAL")) {
                    addConstraint(t, TableDef.constraint(c));
                } else {
                    c.accept("COLUMN");
                    TableDef.ColumnDef col = TableDef.column(c);
                    if (c.accept("FIRST") || c.accept("AFTER")) throw new Unsupported("column positions");
                    addColumn(t, col);
                    binaryCollations(t);
                    inline(t, col);
                }
            } else if (c.accept("DROP", "INDEX") || c.accept("DROP", "KEY")) {
                String n = c.name();
                if (!t.indexes.removeIf(i -> i.name().equalsIgnoreCase(n))) throw new Unsupported("DROP of an index the SQL does not create");
            } else {
                throw new Unsupported("this ALTER TABLE form");
            }
        } while (c.accept(","));
    }
}
