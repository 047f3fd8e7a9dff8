package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.Clustered;
import io.atlas4j.mssql.Columnstore;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.mssql.Identity;
import io.atlas4j.mssql.IncludedColumns;
import io.atlas4j.mssql.Routine;
import io.atlas4j.mssql.SchemaBinding;
import io.atlas4j.mssql.Sequence;
import io.atlas4j.mssql.Sparse;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.mssql.UserType;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs T-SQL DDL against an in-memory model, the way SQL Server would change its catalog: CREATE,
 * ALTER and DROP of schemas, tables, indexes, views, triggers, functions, procedures, sequences and
 * types, {@code sp_rename} and the extended-property procedures. It yields what the inspector would
 * read back: constraint names generated where none is given, defaults and checks spelled as the
 * catalog stores them, primary-key columns NOT NULL. Statements that only touch data ({@code INSERT},
 * {@code SET}, {@code USE}, {@code DECLARE}) change nothing; anything else is refused with its line.
 */
public final class TsqlInterpreter {
    private static final Set<String> COLUMN_STOP = Set.of("IDENTITY", "NULL", "NOT", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE",
            "REFERENCES", "FOREIGN", "CHECK", "COLLATE", "SPARSE", "ROWGUIDCOL", "INDEX", "FILESTREAM", "MASKED", "ENCRYPTED",
            "GENERATED", "PERSISTED", "WITH");
    private static final Set<String> IGNORED = Set.of("USE", "SET", "DECLARE", "PRINT", "INSERT", "UPDATE", "DELETE", "GRANT",
            "REVOKE", "DENY", "BEGIN", "COMMIT", "ROLLBACK", "SELECT", "IF", "WHILE", "RAISERROR", "THROW");

    private final String defaultSchema;
    private final Map<String, State> schemas = new LinkedHashMap<>();
    private String file = "";

    /** One schema while statements run. */
    private static final class State {
        final String name;
        final Map<String, Table> tables = new LinkedHashMap<>();
        final Map<String, View> views = new LinkedHashMap<>();
        final Map<String, SchemaObject> objects = new LinkedHashMap<>();

        State(String name) {
            this.name = name;
        }
    }

    public TsqlInterpreter(String defaultSchema) {
        this.defaultSchema = defaultSchema;
        schema(defaultSchema, true);
    }

    /** {@return an interpreter starting from {@code realm}} */
    public static TsqlInterpreter from(Realm realm, String defaultSchema) {
        TsqlInterpreter in = new TsqlInterpreter(defaultSchema);
        for (Schema s : realm.schemas()) {
            State st = in.schema(s.name(), true);
            for (Table t : s.tables()) st.tables.put(key(t.name()), t);
            for (View v : s.views()) st.views.put(key(v.name()), v);
            for (SchemaObject o : s.objects()) st.objects.put(o.kind() + ":" + key(o.name()), o);
        }
        return in;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private State schema(String name, boolean create) {
        String n = name == null ? defaultSchema : name;
        State s = schemas.get(key(n));
        if (s == null && create) {
            s = new State(n);
            schemas.put(key(n), s);
        }
        return s;
    }

    /** Runs every statement of a script. */
    public TsqlInterpreter run(String fileName, String sql) {
        this.file = fileName;
        for (TsqlStatement st : TsqlSplitter.split(sql)) execute(st);
        return this;
    }

    /** Runs one statement. */
    public void execute(TsqlStatement st) {
        Cursor c = new Cursor(st, file);
        Token first = c.peek();
        if (first.is("CREATE")) {
            c.next();
            create(c, false);
        } else if (first.is("ALTER")) {
            c.next();
            if (c.peek().is("TABLE")) {
                c.next();
                alterTable(c);
            } else {
                create(c, true);
            }
        } else if (first.is("DROP")) {
            c.next();
            drop(c);
        } else if (first.is("EXEC") || first.is("EXECUTE")) {
            c.next();
            exec(c);
        } else if (IGNORED.contains(first.upper())) {
            // data and session statements leave the schema as it is
        } else {
            throw c.error("cannot model \"" + first.text() + "\" statements offline");
        }
    }

    /** {@return the model: every schema, references resolved} */
    public Realm realm() {
        List<Schema> out = new ArrayList<>();
        for (State s : schemas.values()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables.values()) tables.add(resolve(s, t));
            List<View> views = new ArrayList<>();
            for (View v : s.views.values()) views.add(new View(v.name(), v.definition(), viewDeps(s, v), v.attrs()));
            out.add(new Schema(s.name, tables, views, new ArrayList<>(s.objects.values()), Attrs.EMPTY));
        }
        return new Realm(out, Attrs.EMPTY);
    }

    private List<QualifiedName> viewDeps(State s, View v) {
        List<QualifiedName> deps = new ArrayList<>();
        for (Token k : TsqlLexer.tokens(v.definition())) {
            if (!k.isIdent()) continue;
            String n = key(k.name());
            if (n.equals(key(v.name()))) continue;
            Table t = s.tables.get(n);
            View w = s.views.get(n);
            String name = t != null ? t.name() : w != null ? w.name() : null;
            if (name != null && deps.stream().noneMatch(d -> d.name().equals(name))) deps.add(QualifiedName.of(name));
        }
        return deps;
    }

    /** Fills foreign keys' implied referenced columns and spells referenced names as their tables do. */
    private Table resolve(State s, Table t) {
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            State rs = fk.refTable().schema().map(n -> schema(n, false)).orElse(s);
            Table ref = rs == null ? null : rs.tables.get(key(fk.refTable().name()));
            if (ref == null) {
                fks.add(fk);
                continue;
            }
            List<String> cols = fk.refColumns();
            if (cols.isEmpty() && ref.primaryKey().isPresent()) cols = ref.primaryKey().get().columnNames().orElse(List.of());
            List<String> spelled = new ArrayList<>();
            for (String col : cols) spelled.add(ref.columns().stream().filter(x -> x.name().equalsIgnoreCase(col)).map(Column::name).findFirst().orElse(col));
            fks.add(new ForeignKey(fk.name(), fk.columns(), new QualifiedName(fk.refTable().schema(), ref.name()), spelled,
                    fk.onUpdate(), fk.onDelete(), fk.attrs()));
        }
        return t.withForeignKeys(fks);
    }

    // ---- CREATE ----

    private void create(Cursor c, boolean alter) {
        if (c.accept("OR")) {
            c.expect("ALTER");
            alter = true;
        }
        boolean unique = c.accept("UNIQUE");
        boolean clustered = false;
        if (c.accept("CLUSTERED")) clustered = true;
        else c.accept("NONCLUSTERED");
        boolean columnstore = c.accept("COLUMNSTORE");
        Token what = c.next();
        if (what.is("INDEX")) {
            createIndex(c, unique, clustered, columnstore);
        } else if (what.is("TABLE")) {
            createTable(c);
        } else if (what.is("VIEW")) {
            createView(c);
        } else if (what.is("TRIGGER")) {
            String[] n = c.qname();
            c.expect("ON");
            String[] on = c.qname();
            State s = schema(on[0] != null ? on[0] : n[0], true);
            Trigger tr = new Trigger(n[1], spelledTable(s, on[1]), definition(c.statement()), Attrs.EMPTY);
            s.objects.put("trigger:" + key(n[1]), tr);
        } else if (what.is("PROC") || what.is("PROCEDURE") || what.is("FUNCTION")) {
            String[] n = c.qname();
            String kind = what.is("FUNCTION") ? "function" : "procedure";
            schema(n[0], true).objects.put(kind + ":" + key(n[1]), new Routine(kind, n[1], definition(c.statement()), Attrs.EMPTY));
        } else if (what.is("SCHEMA")) {
            String n = c.ident();
            if (!alter) schema(n, true);
        } else if (what.is("SEQUENCE")) {
            createSequence(c);
        } else if (what.is("TYPE")) {
            String[] n = c.qname();
            if (!c.accept("FROM")) throw c.error("only alias types (CREATE TYPE ... FROM base) can be modelled offline");
            int from = c.pos;
            while (!c.done() && !c.peek().is("NULL") && !c.peek().is("NOT")) c.next();
            String base = Tsql.fold(c.text(from, c.pos)).isEmpty() ? "" : MssqlTypes.INSTANCE.format(MssqlTypes.INSTANCE.parse(c.text(from, c.pos)));
            boolean nullable = !(c.accept("NOT") && c.accept("NULL"));
            schema(n[0], true).objects.put("type:" + key(n[1]), new UserType(n[1], base, nullable, Attrs.EMPTY));
        } else {
            throw c.error("cannot model CREATE " + what.text() + " offline");
        }
    }

    /** {@return a module's definition as sys.sql_modules keeps it, without a trailing semicolon} */
    static String definition(TsqlStatement st) {
        String s = st.text().strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private String spelledTable(State s, String name) {
        Table t = s.tables.get(key(name));
        return t == null ? name : t.name();
    }

    private void createSequence(Cursor c) {
        String[] n = c.qname();
        String type = "bigint";
        long start = Long.MIN_VALUE;
        long inc = 1;
        Long min = null;
        Long max = null;
        boolean cycle = false;
        long cache = -1;
        while (!c.done()) {
            if (c.accept("AS")) type = MssqlTypes.INSTANCE.format(MssqlTypes.INSTANCE.parse(c.next().text()));
            else if (c.accept("START")) {
                c.accept("WITH");
                start = number(c);
            } else if (c.accept("INCREMENT")) {
                c.accept("BY");
                inc = number(c);
            } else if (c.accept("MINVALUE")) min = number(c);
            else if (c.accept("MAXVALUE")) max = number(c);
            else if (c.accept("NO")) {
                Token k = c.next();
                if (k.is("CACHE")) cache = 0;
            } else if (c.accept("CYCLE")) cycle = true;
            else if (c.accept("CACHE")) cache = c.peek().kind() == Token.Kind.NUMBER ? number(c) : -1;
            else c.next();
        }
        long[] range = range(type);
        long lo = min != null ? min : range[0];
        long hi = max != null ? max : range[1];
        if (start == Long.MIN_VALUE) start = inc > 0 ? lo : hi;
        schema(n[0], true).objects.put("sequence:" + key(n[1]), new Sequence(n[1], type, start, inc, lo, hi, cycle, cache, Attrs.EMPTY));
    }

    private static long[] range(String type) {
        return switch (type) {
            case "tinyint" -> new long[] {0, 255};
            case "smallint" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "int" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

    private static long number(Cursor c) {
        boolean neg = c.acceptSym("-");
        c.acceptSym("+");
        Token k = c.next();
        try {
            long v = Long.parseLong(k.text());
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            throw c.error("expected a whole number but found \"" + k.text() + "\"");
        }
    }

    private void createView(Cursor c) {
        String[] n = c.qname();
        if (c.peek().sym("(")) c.skipGroup();
        Attrs attrs = Attrs.EMPTY;
        if (c.accept("WITH")) {
            while (!c.done() && !c.peek().is("AS")) {
                if (c.next().is("SCHEMABINDING")) attrs = attrs.with(new SchemaBinding());
            }
        }
        c.expect("AS");
        String body = viewBody(c.text(c.pos, c.tokens().size()));
        State s = schema(n[0], true);
        s.views.put(key(n[1]), new View(n[1], body, List.of(), attrs));
    }

    /** {@return a view's query, trimmed and without a trailing semicolon} */
    static String viewBody(String text) {
        String s = text.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private void createIndex(Cursor c, boolean unique, boolean clustered, boolean columnstore) {
        String name = c.ident();
        c.expect("ON");
        String[] tn = c.qname();
        State s = schema(tn[0], false);
        Table t = s == null ? null : s.tables.get(key(tn[1]));
        if (t == null) throw c.error("table \"" + tn[1] + "\" does not exist");
        List<IndexPart> parts = new ArrayList<>();
        if (c.peek().sym("(")) parts = indexParts(c, t);
        Attrs attrs = Attrs.EMPTY;
        if (columnstore) attrs = attrs.with(new Columnstore(clustered));
        else if (clustered) attrs = attrs.with(new Clustered());
        attrs = indexTail(c, t, attrs);
        if (t.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) throw c.error("index \"" + name + "\" already exists");
        put(s, t.withIndexes(plus(t.indexes(), new Index(name, unique, parts, attrs))));
    }

    private Attrs indexTail(Cursor c, Table t, Attrs attrs) {
        while (!c.done()) {
            if (c.accept("INCLUDE")) {
                c.expectSym("(");
                List<String> cols = new ArrayList<>();
                do cols.add(columnName(t, c.ident())); while (c.acceptSym(","));
                c.expectSym(")");
                attrs = attrs.with(new IncludedColumns(cols));
            } else if (c.accept("WHERE")) {
                int from = c.pos;
                while (!c.done() && !c.peek().is("WITH") && !c.peek().is("ON")) {
                    if (c.peek().sym("(")) c.skipGroup();
                    else c.next();
                }
                attrs = attrs.with(new IndexPredicate(Tsql.checkExpr(c.text(from, c.pos))));
            } else if (c.peek().sym("(")) {
                c.skipGroup();
            } else {
                c.next();
            }
        }
        return attrs;
    }

    private List<IndexPart> indexParts(Cursor c, Table t) {
        List<IndexPart> parts = new ArrayList<>();
        c.expectSym("(");
        do {
            String col = columnName(t, c.ident());
            boolean desc = false;
            if (c.accept("DESC")) desc = true;
            else c.accept("ASC");
            parts.add(new IndexPart.OfColumn(col, desc, Attrs.EMPTY));
        } while (c.acceptSym(","));
        c.expectSym(")");
        return parts;
    }

    private static String columnName(Table t, String name) {
        return t.columns().stream().filter(x -> x.name().equalsIgnoreCase(name)).map(Column::name).findFirst().orElse(name);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private void put(State s, Table t) {
        s.tables.put(key(t.name()), t);
    }

    private void createTable(Cursor c) {
        String[] n = c.qname();
        State s = schema(n[0], true);
        if (s.tables.containsKey(key(n[1]))) throw c.error("table \"" + n[1] + "\" already exists");
        Table t = new Table(n[1], List.of(), Optional.empty(), List.of(), List.of(), List.of(), Attrs.EMPTY);
        c.expectSym("(");
        t = elements(c, s, t, true);
        c.expectSym(")");
        put(s, t);
    }

    /** Reads comma-separated column definitions and table constraints, as in CREATE TABLE and ALTER TABLE ... ADD. */
    private Table elements(Cursor c, State s, Table t, boolean inParens) {
        do {
            Token k = c.peek();
            if (k.is("CONSTRAINT") || k.is("PRIMARY") || k.is("UNIQUE") || k.is("FOREIGN") || k.is("CHECK") || (!inParens && k.is("DEFAULT"))) {
                t = tableConstraint(c, s, t);
            } else if (k.is("INDEX")) {
                c.next();
                String name = c.ident();
                boolean unique = c.accept("UNIQUE");
                boolean clustered = c.accept("CLUSTERED");
                if (!clustered) c.accept("NONCLUSTERED");
                Attrs attrs = clustered ? Attrs.of(new Clustered()) : Attrs.EMPTY;
                List<IndexPart> parts = indexParts(c, t);
                t = t.withIndexes(plus(t.indexes(), new Index(name, unique, parts, attrs)));
            } else if (k.is("PERIOD")) {
                throw c.error("system-versioned tables (PERIOD FOR SYSTEM_TIME) cannot be modelled offline");
            } else {
                t = column(c, s, t);
            }
        } while (c.acceptSym(","));
        return t;
    }

    private Table column(Cursor c, State s, Table t) {
        String name = c.ident();
        if (t.column(name).isPresent() || t.columns().stream().anyMatch(x -> x.name().equalsIgnoreCase(name))) {
            throw c.error("column \"" + name + "\" is specified twice");
        }
        Attrs attrs = Attrs.EMPTY;
        ColumnType type;
        boolean nullable = true;
        Optional<Expr> def = Optional.empty();
        if (c.accept("AS")) {
            int from = c.pos;
            readExpr(c);
            String expr = c.text(from, c.pos);
            boolean persisted = c.accept("PERSISTED");
            attrs = attrs.with(new Generated(Tsql.checkExpr(expr), persisted));
            type = new UnsupportedType("computed");
        } else {
            type = type(c);
        }
        Table withCol = t;
        List<Runnable> none = List.of();
        Index pk = null;
        List<Index> idx = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        while (!c.done() && !c.peek().sym(",") && !c.peek().sym(")")) {
            String cname = null;
            if (c.accept("CONSTRAINT")) cname = c.ident();
            Token k = c.peek();
            if (c.accept("IDENTITY")) {
                long seed = 1;
                long inc = 1;
                if (c.acceptSym("(")) {
                    seed = number(c);
                    c.expectSym(",");
                    inc = number(c);
                    c.expectSym(")");
                }
                attrs = attrs.with(new Identity(seed, inc));
                nullable = false;
            } else if (c.accept("NULL")) {
                nullable = true;
            } else if (k.is("NOT") && c.peek(1).is("NULL")) {
                c.next();
                c.next();
                nullable = false;
            } else if (k.is("NOT") && c.peek(1).is("FOR")) {
                c.next();
                c.next();
                c.expect("REPLICATION");
            } else if (c.accept("DEFAULT")) {
                int from = c.pos;
                readExpr(c);
                String expr = Tsql.defaultExpr(c.text(from, c.pos));
                def = expr.equals("(NULL)") ? Optional.empty() : Optional.of(new RawExpr(expr));
                attrs = attrs.with(new DefaultName(cname != null ? cname : Tsql.generatedName("DF", t.name(), name, expr)));
                if (c.accept("WITH")) c.accept("VALUES");
            } else if (c.accept("PRIMARY")) {
                c.expect("KEY");
                boolean nonclustered = c.accept("NONCLUSTERED");
                if (!nonclustered) c.accept("CLUSTERED");
                pk = new Index(cname != null ? cname : Tsql.generatedName("PK", t.name(), null, name), true,
                        List.of(new IndexPart.OfColumn(name, false, Attrs.EMPTY)), nonclustered ? Attrs.EMPTY : Attrs.of(new Clustered()));
                nullable = false;
                skipIndexOptions(c);
            } else if (c.accept("UNIQUE")) {
                boolean clustered = c.accept("CLUSTERED");
                if (!clustered) c.accept("NONCLUSTERED");
                Attrs ia = Attrs.of(new UniqueConstraint());
                if (clustered) ia = ia.with(new Clustered());
                idx.add(new Index(cname != null ? cname : Tsql.generatedName("UQ", t.name(), null, name), true,
                        List.of(new IndexPart.OfColumn(name, false, Attrs.EMPTY)), ia));
                skipIndexOptions(c);
            } else if (k.is("FOREIGN") || k.is("REFERENCES")) {
                if (c.accept("FOREIGN")) c.expect("KEY");
                fks.add(references(c, s, t, cname, List.of(name)));
            } else if (c.accept("CHECK")) {
                checks.add(check(c, t, cname, name));
            } else if (c.accept("COLLATE")) {
                attrs = attrs.with(new Collation(c.ident()));
            } else if (c.accept("SPARSE")) {
                attrs = attrs.with(new Sparse());
            } else if (c.accept("ROWGUIDCOL") || c.accept("FILESTREAM") || c.accept("PERSISTED")) {
                // storage hints the model does not keep
            } else if (c.accept("INDEX")) {
                String iname = c.ident();
                boolean clustered = c.accept("CLUSTERED");
                if (!clustered) c.accept("NONCLUSTERED");
                idx.add(new Index(iname, false, List.of(new IndexPart.OfColumn(name, false, Attrs.EMPTY)),
                        clustered ? Attrs.of(new Clustered()) : Attrs.EMPTY));
            } else {
                throw c.error("cannot model column option \"" + k.text() + "\" offline");
            }
        }
        Column col = new Column(name, type, nullable, def, attrs);
        Table out = withCol.withColumns(plus(t.columns(), col));
        if (pk != null) {
            if (out.primaryKey().isPresent()) throw c.error("table \"" + t.name() + "\" has two primary keys");
            out = out.withPrimaryKey(Optional.of(pk));
        }
        if (!idx.isEmpty()) out = out.withIndexes(concat(out.indexes(), idx));
        if (!fks.isEmpty()) out = out.withForeignKeys(concat(out.foreignKeys(), fks));
        if (!checks.isEmpty()) out = out.withChecks(concat(out.checks(), checks));
        return none.isEmpty() ? out : out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void skipIndexOptions(Cursor c) {
        if (c.accept("WITH") && c.peek().sym("(")) c.skipGroup();
        if (c.peek().is("ON") && !c.peek(1).is("DELETE") && !c.peek(1).is("UPDATE")) {
            c.next();
            c.next();
            if (c.peek().sym("(")) c.skipGroup();
        }
    }

    private ColumnType type(Cursor c) {
        int from = c.pos;
        Token first = c.next();
        if (!first.isIdent()) throw c.error("expected a column type but found \"" + first.text() + "\"");
        if (c.peek().sym(".")) {
            c.next();
            c.ident();
        }
        while (c.peek().kind() == Token.Kind.WORD && !COLUMN_STOP.contains(c.peek().upper())) c.next();
        if (c.peek().sym("(")) c.skipGroup();
        String spelling = c.text(from, c.pos).replace("[", "").replace("]", "");
        return MssqlTypes.INSTANCE.parse(spelling);
    }

    /** Reads one expression: an operand and any binary operators joining further operands. */
    private static void readExpr(Cursor c) {
        while (true) {
            while (c.peek().sym("-") || c.peek().sym("+") || c.peek().sym("~")) c.next();
            Token k = c.peek();
            if (k.sym("(")) c.skipGroup();
            else if (k.kind() == Token.Kind.WORD && c.peek(1).sym("(")) {
                c.next();
                c.skipGroup();
            } else if (k.kind() != Token.Kind.SYMBOL || k.text().isEmpty()) {
                c.next();
                if (k.is("CURRENT_TIMESTAMP") || k.is("NULL")) { /* a value */ }
            } else {
                throw c.error("expected an expression but found \"" + k.text() + "\"");
            }
            Token op = c.peek();
            if (op.sym("+") || op.sym("-") || op.sym("*") || op.sym("/") || op.sym("%")) c.next();
            else return;
        }
    }

    private ForeignKey references(Cursor c, State s, Table t, String cname, List<String> cols) {
        c.expect("REFERENCES");
        String[] ref = c.qname();
        List<String> refCols = new ArrayList<>();
        if (c.acceptSym("(")) {
            do refCols.add(c.ident()); while (c.acceptSym(","));
            c.expectSym(")");
        }
        ReferenceAction onDelete = ReferenceAction.NO_ACTION;
        ReferenceAction onUpdate = ReferenceAction.NO_ACTION;
        while (c.peek().is("ON") && (c.peek(1).is("DELETE") || c.peek(1).is("UPDATE"))) {
            c.next();
            boolean del = c.next().is("DELETE");
            ReferenceAction a;
            if (c.accept("CASCADE")) a = ReferenceAction.CASCADE;
            else if (c.accept("SET")) a = c.next().is("NULL") ? ReferenceAction.SET_NULL : ReferenceAction.SET_DEFAULT;
            else {
                c.expect("NO");
                c.expect("ACTION");
                a = ReferenceAction.NO_ACTION;
            }
            if (del) onDelete = a;
            else onUpdate = a;
        }
        if (c.peek().is("NOT") && c.peek(1).is("FOR")) {
            c.next();
            c.next();
            c.expect("REPLICATION");
        }
        List<String> spelled = cols.stream().map(x -> columnName(t, x)).toList();
        String refSchema = ref[0] == null || ref[0].equalsIgnoreCase(s.name) ? null : ref[0];
        String name = cname != null ? cname : Tsql.generatedName("FK", t.name(), spelled.get(0), ref[1] + refCols + spelled);
        return new ForeignKey(name, spelled, QualifiedName.of(refSchema, ref[1]), refCols, onUpdate, onDelete, Attrs.EMPTY);
    }

    private Check check(Cursor c, Table t, String cname, String column) {
        c.accept("NOT");
        if (c.peek().is("FOR")) {
            c.next();
            c.expect("REPLICATION");
        }
        int from = c.pos;
        if (!c.peek().sym("(")) throw c.error("expected ( after CHECK");
        c.skipGroup();
        String expr = Tsql.checkExpr(c.text(from, c.pos));
        return new Check(cname != null ? cname : Tsql.generatedName("CK", t.name(), column, expr), expr, Attrs.EMPTY);
    }

    private Table tableConstraint(Cursor c, State s, Table t) {
        String cname = null;
        if (c.accept("CONSTRAINT")) cname = c.ident();
        if (c.accept("PRIMARY")) {
            c.expect("KEY");
            boolean nonclustered = c.accept("NONCLUSTERED");
            if (!nonclustered) c.accept("CLUSTERED");
            List<IndexPart> parts = indexParts(c, t);
            skipIndexOptions(c);
            if (t.primaryKey().isPresent()) throw c.error("table \"" + t.name() + "\" has two primary keys");
            String first = ((IndexPart.OfColumn) parts.get(0)).column();
            Index pk = new Index(cname != null ? cname : Tsql.generatedName("PK", t.name(), null, first), true, parts,
                    nonclustered ? Attrs.EMPTY : Attrs.of(new Clustered()));
            List<Column> cols = new ArrayList<>();
            for (Column col : t.columns()) cols.add(pk.covers(col.name()) ? col.withNullable(false) : col);
            return t.withColumns(cols).withPrimaryKey(Optional.of(pk));
        }
        if (c.accept("UNIQUE")) {
            boolean clustered = c.accept("CLUSTERED");
            if (!clustered) c.accept("NONCLUSTERED");
            List<IndexPart> parts = indexParts(c, t);
            skipIndexOptions(c);
            Attrs ia = Attrs.of(new UniqueConstraint());
            if (clustered) ia = ia.with(new Clustered());
            String first = ((IndexPart.OfColumn) parts.get(0)).column();
            return t.withIndexes(plus(t.indexes(), new Index(cname != null ? cname : Tsql.generatedName("UQ", t.name(), null, first + parts),
                    true, parts, ia)));
        }
        if (c.accept("FOREIGN")) {
            c.expect("KEY");
            c.expectSym("(");
            List<String> cols = new ArrayList<>();
            do cols.add(c.ident()); while (c.acceptSym(","));
            c.expectSym(")");
            return t.withForeignKeys(plus(t.foreignKeys(), references(c, s, t, cname, cols)));
        }
        if (c.accept("CHECK")) return t.withChecks(plus(t.checks(), check(c, t, cname, null)));
        if (c.accept("DEFAULT")) {
            int from = c.pos;
            readExpr(c);
            String expr = Tsql.defaultExpr(c.text(from, c.pos));
            c.expect("FOR");
            String col = c.ident();
            Column have = t.columns().stream().filter(x -> x.name().equalsIgnoreCase(col)).findFirst()
                    .orElseThrow(() -> c.error("column \"" + col + "\" does not exist"));
            if (have.defaultValue().isPresent()) throw c.error("column \"" + col + "\" already has a default");
            Column now = have.withDefault(Optional.of(new RawExpr(expr)))
                    .withAttrs(have.attrs().with(new DefaultName(cname != null ? cname : Tsql.generatedName("DF", t.name(), col, expr))));
            return replaceColumn(t, have, now);
        }
        throw c.error("cannot model constraint \"" + c.peek().text() + "\" offline");
    }

    private static Table replaceColumn(Table t, Column from, Column to) {
        List<Column> cols = new ArrayList<>();
        for (Column x : t.columns()) cols.add(x == from ? to : x);
        return t.withColumns(cols);
    }

    // ---- ALTER TABLE ----

    private void alterTable(Cursor c) {
        String[] n = c.qname();
        State s = schema(n[0], false);
        Table t = s == null ? null : s.tables.get(key(n[1]));
        if (t == null) throw c.error("table \"" + n[1] + "\" does not exist");
        if (c.accept("WITH")) {
            if (!c.accept("CHECK")) c.expect("NOCHECK");
        }
        if (c.accept("ADD")) {
            t = elements(c, s, t, false);
        } else if (c.accept("DROP")) {
            do {
                if (c.accept("COLUMN")) {
                    if (c.peek().is("IF") && c.peek(1).is("EXISTS")) {
                        c.next();
                        c.next();
                    }
                    do t = dropColumn(c, t, c.ident()); while (c.peek().sym(",") && !c.peek(1).is("CONSTRAINT")
                            && !c.peek(1).is("COLUMN") && c.acceptSym(","));
                } else {
                    c.accept("CONSTRAINT");
                    boolean ifExists = c.peek().is("IF") && c.peek(1).is("EXISTS");
                    if (ifExists) {
                        c.next();
                        c.next();
                    }
                    t = dropConstraint(c, t, c.ident(), ifExists);
                }
            } while (c.acceptSym(","));
        } else if (c.accept("ALTER")) {
            c.expect("COLUMN");
            String col = c.ident();
            Column have = t.columns().stream().filter(x -> x.name().equalsIgnoreCase(col)).findFirst()
                    .orElseThrow(() -> c.error("column \"" + col + "\" does not exist"));
            ColumnType type = type(c);
            Attrs attrs = have.attrs().without(Collation.class).without(Sparse.class);
            boolean nullable = true;
            while (!c.done()) {
                if (c.accept("COLLATE")) attrs = attrs.with(new Collation(c.ident()));
                else if (c.accept("NULL")) nullable = true;
                else if (c.accept("NOT")) {
                    c.expect("NULL");
                    nullable = false;
                } else if (c.accept("SPARSE")) attrs = attrs.with(new Sparse());
                else throw c.error("cannot model \"" + c.peek().text() + "\" in ALTER COLUMN offline");
            }
            if (t.primaryKey().isPresent() && t.primaryKey().get().covers(have.name())) throw c.error("cannot alter primary-key column \"" + col + "\"");
            for (Index i : t.indexes()) {
                if (i.covers(have.name()) && !type.equals(have.type())) throw c.error("index \"" + i.name() + "\" depends on column \"" + col + "\"");
            }
            if (have.defaultValue().isPresent() && !type.equals(have.type())) {
                throw c.error("default constraint of column \"" + col + "\" depends on it: drop it first");
            }
            t = replaceColumn(t, have, new Column(have.name(), type, nullable, have.defaultValue(), attrs));
        } else if (c.accept("NOCHECK") || c.accept("CHECK") || c.accept("ENABLE") || c.accept("DISABLE") || c.accept("SET")) {
            return;
        } else {
            throw c.error("cannot model ALTER TABLE \"" + c.peek().text() + "\" offline");
        }
        put(s, t);
    }

    private Table dropColumn(Cursor c, Table t, String name) {
        Column have = t.columns().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> c.error("column \"" + name + "\" does not exist"));
        if (have.defaultValue().isPresent()) throw c.error("default constraint of column \"" + name + "\" depends on it: drop it first");
        if (t.primaryKey().isPresent() && t.primaryKey().get().covers(have.name())) throw c.error("primary key depends on column \"" + name + "\"");
        for (Index i : t.indexes()) if (i.covers(have.name())) throw c.error("index \"" + i.name() + "\" depends on column \"" + name + "\"");
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().stream().anyMatch(x -> x.equalsIgnoreCase(name))) throw c.error("foreign key \"" + fk.name() + "\" depends on column \"" + name + "\"");
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.remove(have);
        return t.withColumns(cols);
    }

    private Table dropConstraint(Cursor c, Table t, String name, boolean ifExists) {
        if (t.primaryKey().isPresent() && t.primaryKey().get().name().equalsIgnoreCase(name)) {
            for (State s : schemas.values()) {
                for (Table o : s.tables.values()) {
                    for (ForeignKey fk : o.foreignKeys()) {
                        if (fk.refTable().name().equalsIgnoreCase(t.name()) && o != t) {
                            throw c.error("foreign key \"" + fk.name() + "\" of \"" + o.name() + "\" references the primary key \"" + name + "\"");
                        }
                    }
                }
            }
            return t.withPrimaryKey(Optional.empty());
        }
        List<Index> idx = new ArrayList<>(t.indexes());
        if (idx.removeIf(i -> i.name().equalsIgnoreCase(name) && i.attrs().has(UniqueConstraint.class))) return t.withIndexes(idx);
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
        if (fks.removeIf(f -> f.name().equalsIgnoreCase(name))) return t.withForeignKeys(fks);
        List<Check> checks = new ArrayList<>(t.checks());
        if (checks.removeIf(k -> k.name().equalsIgnoreCase(name))) return t.withChecks(checks);
        for (Column col : t.columns()) {
            if (col.defaultValue().isPresent() && col.attrs().get(DefaultName.class).map(d -> d.name().equalsIgnoreCase(name)).orElse(false)) {
                return replaceColumn(t, col, col.withDefault(Optional.empty()).withAttrs(col.attrs().without(DefaultName.class)));
            }
        }
        if (ifExists) return t;
        throw c.error("constraint \"" + name + "\" does not exist on table \"" + t.name() + "\"");
    }

    // ---- DROP ----

    private void drop(Cursor c) {
        Token what = c.next();
        boolean ifExists = false;
        if (c.peek().is("IF") && c.peek(1).is("EXISTS")) {
            c.next();
            c.next();
            ifExists = true;
        }
        do {
            if (what.is("INDEX")) {
                String[] a = c.qname();
                String idx;
                String[] tn;
                if (c.accept("ON")) {
                    idx = a[1];
                    tn = c.qname();
                } else {
                    idx = a[1];
                    tn = new String[] {null, a[0]};
                }
                State s = schema(tn[0], false);
                Table t = s == null ? null : s.tables.get(key(tn[1]));
                if (t == null) throw c.error("table \"" + tn[1] + "\" does not exist");
                List<Index> list = new ArrayList<>(t.indexes());
                String target = idx;
                if (!list.removeIf(i -> i.name().equalsIgnoreCase(target) && !i.attrs().has(UniqueConstraint.class)) && !ifExists) {
                    throw c.error("index \"" + idx + "\" does not exist");
                }
                put(s, t.withIndexes(list));
                continue;
            }
            String[] n = c.qname();
            State s = schema(n[0], false);
            boolean gone;
            if (what.is("TABLE")) {
                gone = s != null && dropTable(c, s, n[1]);
            } else if (what.is("VIEW")) {
                gone = s != null && s.views.remove(key(n[1])) != null;
            } else if (what.is("SCHEMA")) {
                State x = schemas.get(key(n[1]));
                if (x != null && (!x.tables.isEmpty() || !x.views.isEmpty() || !x.objects.isEmpty())) throw c.error("schema \"" + n[1] + "\" is not empty");
                gone = schemas.remove(key(n[1])) != null;
            } else {
                String kind = what.is("TRIGGER") ? "trigger" : what.is("PROC") || what.is("PROCEDURE") ? "procedure"
                        : what.is("FUNCTION") ? "function" : what.is("SEQUENCE") ? "sequence" : what.is("TYPE") ? "type" : null;
                if (kind == null) throw c.error("cannot model DROP " + what.text() + " offline");
                gone = false;
                if (kind.equals("trigger")) {
                    // a trigger lives in its table's schema; search every schema when unqualified
                    for (State x : n[0] == null ? schemas.values() : s == null ? List.<State>of() : List.of(s)) {
                        if (x.objects.remove("trigger:" + key(n[1])) != null) gone = true;
                    }
                } else {
                    gone = s != null && s.objects.remove(kind + ":" + key(n[1])) != null;
                }
            }
            if (!gone && !ifExists) throw c.error(what.text() + " \"" + n[1] + "\" does not exist");
        } while (c.acceptSym(","));
    }

    private boolean dropTable(Cursor c, State s, String name) {
        Table t = s.tables.get(key(name));
        if (t == null) return false;
        for (State x : schemas.values()) {
            for (Table o : x.tables.values()) {
                if (o == t) continue;
                for (ForeignKey fk : o.foreignKeys()) {
                    State rs = fk.refTable().schema().map(r -> schema(r, false)).orElse(x);
                    if (rs == s && fk.refTable().name().equalsIgnoreCase(name)) {
                        throw c.error("table \"" + name + "\" is referenced by foreign key \"" + fk.name() + "\" of \"" + o.name() + "\"");
                    }
                }
            }
        }
        s.tables.remove(key(name));
        s.objects.values().removeIf(o -> o instanceof Trigger tr && tr.table().equalsIgnoreCase(name));
        return true;
    }

    // ---- EXEC ----

    private void exec(Cursor c) {
        if (c.peek().sym("(")) return;
        String[] proc = c.qname();
        String p = proc[1].toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        while (!c.done()) {
            Token k = c.next();
            if (k.kind() == Token.Kind.VARIABLE && c.peek().sym("=")) continue;
            if (k.sym("=") || k.sym(",")) continue;
            if (k.kind() == Token.Kind.STRING) args.add(unquote(k.text()));
            else if (k.is("NULL")) args.add(null);
            else args.add(k.text());
        }
        switch (p) {
            case "sp_rename" -> rename(c, args);
            case "sp_addextendedproperty", "sp_updateextendedproperty" -> property(c, args, true);
            case "sp_dropextendedproperty" -> property(c, args, false);
            default -> {
                if (!p.startsWith("sp_executesql")) throw c.error("cannot model EXEC " + proc[1] + " offline");
            }
        }
    }

    static String unquote(String s) {
        String x = s.startsWith("N") || s.startsWith("n") ? s.substring(1) : s;
        return x.substring(1, x.length() - 1).replace("''", "'");
    }

    private static List<String> parts(String dotted) {
        List<String> out = new ArrayList<>();
        for (Token k : TsqlLexer.tokens(dotted)) if (k.isIdent()) out.add(k.name());
        return out;
    }

    private void rename(Cursor c, List<String> args) {
        if (args.size() < 2) throw c.error("sp_rename needs an object and a new name");
        List<String> obj = parts(args.get(0));
        String to = args.get(1);
        String kind = args.size() > 2 && args.get(2) != null ? args.get(2).toUpperCase(Locale.ROOT) : "OBJECT";
        String schemaName = obj.size() >= (kind.equals("OBJECT") ? 2 : 3) ? obj.get(0) : null;
        State s = schema(schemaName, false);
        if (s == null) throw c.error("schema of \"" + args.get(0) + "\" does not exist");
        String tableName = kind.equals("OBJECT") ? obj.get(obj.size() - 1) : obj.get(obj.size() - 2);
        String last = obj.get(obj.size() - 1);
        if (kind.equals("COLUMN")) {
            Table t = table(c, s, tableName);
            Column have = t.columns().stream().filter(x -> x.name().equalsIgnoreCase(last)).findFirst()
                    .orElseThrow(() -> c.error("column \"" + last + "\" does not exist"));
            Table out = replaceColumn(t, have, have.withName(to));
            out = out.withPrimaryKey(out.primaryKey().map(i -> renameParts(i, have.name(), to)));
            out = out.withIndexes(out.indexes().stream().map(i -> renameParts(i, have.name(), to)).toList());
            out = out.withForeignKeys(out.foreignKeys().stream().map(f -> new ForeignKey(f.name(), swap(f.columns(), have.name(), to),
                    f.refTable(), f.refTable().name().equalsIgnoreCase(t.name()) ? swap(f.refColumns(), have.name(), to) : f.refColumns(),
                    f.onUpdate(), f.onDelete(), f.attrs())).toList());
            put(s, out);
            for (State x : schemas.values()) {
                for (Table o : new ArrayList<>(x.tables.values())) {
                    if (o.name().equals(t.name()) && x == s) continue;
                    List<ForeignKey> fks = o.foreignKeys().stream().map(f -> f.refTable().name().equalsIgnoreCase(t.name())
                            ? new ForeignKey(f.name(), f.columns(), f.refTable(), swap(f.refColumns(), have.name(), to), f.onUpdate(), f.onDelete(), f.attrs())
                            : f).toList();
                    x.tables.put(key(o.name()), o.withForeignKeys(fks));
                }
            }
        } else if (kind.equals("INDEX")) {
            Table t = table(c, s, tableName);
            boolean found = t.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase(last));
            if (!found) throw c.error("index \"" + last + "\" does not exist");
            put(s, t.withIndexes(t.indexes().stream().map(i -> i.name().equalsIgnoreCase(last) ? i.withName(to) : i).toList()));
        } else {
            Table t = s.tables.get(key(last));
            if (t != null) {
                s.tables.remove(key(last));
                put(s, t.withName(to));
                for (State x : schemas.values()) {
                    for (Table o : new ArrayList<>(x.tables.values())) {
                        List<ForeignKey> fks = o.foreignKeys().stream().map(f -> f.refTable().name().equalsIgnoreCase(last)
                                ? f.withRefTable(new QualifiedName(f.refTable().schema(), to)) : f).toList();
                        x.tables.put(key(o.name()), o.withForeignKeys(fks));
                    }
                    for (var e : x.objects.entrySet()) {
                        if (e.getValue() instanceof Trigger tr && tr.table().equalsIgnoreCase(last)) {
                            e.setValue(new Trigger(tr.name(), to, tr.definition(), tr.attrs()));
                        }
                    }
                }
                return;
            }
            for (Table o : new ArrayList<>(s.tables.values())) {
                Table r = renameConstraint(o, last, to);
                if (r != o) {
                    put(s, r);
                    return;
                }
            }
            View v = s.views.remove(key(last));
            if (v != null) {
                s.views.put(key(to), new View(to, v.definition(), v.dependsOn(), v.attrs()));
                return;
            }
            throw c.error("object \"" + args.get(0) + "\" does not exist");
        }
    }

    private Table table(Cursor c, State s, String name) {
        Table t = s.tables.get(key(name));
        if (t == null) throw c.error("table \"" + name + "\" does not exist");
        return t;
    }

    private static Table renameConstraint(Table t, String from, String to) {
        if (t.primaryKey().isPresent() && t.primaryKey().get().name().equalsIgnoreCase(from)) {
            return t.withPrimaryKey(Optional.of(t.primaryKey().get().withName(to)));
        }
        for (Index i : t.indexes()) {
            if (i.name().equalsIgnoreCase(from) && i.attrs().has(UniqueConstraint.class)) {
                return t.withIndexes(t.indexes().stream().map(x -> x == i ? x.withName(to) : x).toList());
            }
        }
        for (ForeignKey f : t.foreignKeys()) {
            if (f.name().equalsIgnoreCase(from)) return t.withForeignKeys(t.foreignKeys().stream().map(x -> x == f ? x.withName(to) : x).toList());
        }
        for (Check k : t.checks()) {
            if (k.name().equalsIgnoreCase(from)) return t.withChecks(t.checks().stream().map(x -> x == k ? x.withName(to) : x).toList());
        }
        for (Column col : t.columns()) {
            if (col.attrs().get(DefaultName.class).map(d -> d.name().equalsIgnoreCase(from)).orElse(false)) {
                return replaceColumn(t, col, col.withAttrs(col.attrs().with(new DefaultName(to))));
            }
        }
        return t;
    }

    private static Index renameParts(Index i, String from, String to) {
        List<IndexPart> parts = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            parts.add(p instanceof IndexPart.OfColumn oc && oc.column().equals(from) ? new IndexPart.OfColumn(to, oc.descending(), oc.attrs()) : p);
        }
        Attrs attrs = i.attrs();
        var inc = attrs.get(IncludedColumns.class);
        if (inc.isPresent()) attrs = attrs.with(new IncludedColumns(swap(inc.get().columns(), from, to)));
        return new Index(i.name(), i.unique(), parts, attrs);
    }

    private static List<String> swap(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equalsIgnoreCase(from) ? to : n).toList();
    }

    /** sp_addextendedproperty N'MS_Description', N'text', N'SCHEMA', N's', N'TABLE', N't'[, N'COLUMN', N'c']. */
    private void property(Cursor c, List<String> args, boolean set) {
        int at = set ? 2 : 1;
        if (args.isEmpty() || !"MS_Description".equalsIgnoreCase(args.get(0))) return;
        if (args.size() < at + 4) throw c.error("extended property needs SCHEMA and TABLE levels");
        String text = set ? args.get(1) : null;
        State s = schema(args.get(at + 1), false);
        if (s == null) throw c.error("schema \"" + args.get(at + 1) + "\" does not exist");
        String level1 = args.get(at + 2).toUpperCase(Locale.ROOT);
        if (!level1.equals("TABLE")) return;
        Table t = table(c, s, args.get(at + 3));
        if (args.size() >= at + 6 && args.get(at + 4) != null && args.get(at + 4).equalsIgnoreCase("COLUMN")) {
            String colName = args.get(at + 5);
            Column col = t.columns().stream().filter(x -> x.name().equalsIgnoreCase(colName)).findFirst()
                    .orElseThrow(() -> c.error("column \"" + colName + "\" does not exist"));
            put(s, replaceColumn(t, col, col.withAttrs(text == null ? col.attrs().without(Comment.class) : col.attrs().with(new Comment(text)))));
        } else {
            put(s, t.withAttrs(text == null ? t.attrs().without(Comment.class) : t.attrs().with(new Comment(text))));
        }
    }
}
