package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgNullsNotDistinct;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.postgres.internal.PgIdent;
import io.atlas4j.postgres.internal.PgTypes;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL offline: models tables (also built with INHERITS, LIKE and PARTITION OF), columns, keys, indexes,
 * enums, composite types, domains, sequences, views, policies, functions, aggregates, triggers and extensions
 * as the PostgreSQL inspector reads them (types as {@code format_type} names them, expressions as
 * {@link PgExprPrinter} reproduces the catalog's printing, views as {@link PgViews} lays them out, constraint
 * names as PostgreSQL chooses them, serial columns as sequences they own). Roles, privileges and owners are
 * outside the model, as are DO blocks that only create roles or grant. What PostgreSQL would re-print in a
 * way the printers do not reproduce is refused.
 */
final class PgReader {
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'(?:\\s*::\\s*([a-z ]+(?:\\(\\d+(?:,\\d+)?\\))?))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\s*\\(\\s*'([^']+)'(?:\\s*::\\s*regclass)?\\s*\\)");
    private static final Pattern IN_LIST = Pattern.compile("(?i)(\\(?\\s*[\\w\"]+\\s*\\)?)\\s+(NOT\\s+)?IN\\s*\\(([^()]*)\\)");

    /** A table being built. */
    private static final class T {
        final String name;
        final List<Column> columns = new ArrayList<>();
        Optional<Index> pk = Optional.empty();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> fks = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        Attrs attrs = Attrs.EMPTY;
        /** the partitioning of a partitioned table: its strategy and key columns */
        String partStrategy;
        List<String> partKeys = List.of();
        /** the tables this one inherits from or is a partition of, and how many tables inherit from this one */
        List<T> parents = List.of();
        int children;

        T(String name) {
            this.name = name;
        }

        int column(String n) {
            for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(n)) return i;
            throw new Unsupported("column " + n + " of table " + name + ", which the SQL does not create");
        }
    }

    /** A schema being built. */
    private static final class S {
        final String name;
        final Map<String, T> tables = new LinkedHashMap<>();
        final Map<String, SchemaObject> objects = new LinkedHashMap<>();
        final Map<String, String> owned = new HashMap<>();
        final Map<String, io.atlas4j.schema.View> views = new LinkedHashMap<>();
        final Map<String, List<PgViews.Col>> viewColumns = new HashMap<>();
        Attrs attrs = Attrs.EMPTY;

        S(String name) {
            this.name = name;
        }
    }

    private final Map<String, S> schemas = new LinkedHashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private final PgTypes types = new PgTypes(kinds::get);
    /** The server's major, for what differs between majors (the default versions of extensions, view layout). */
    private final int major;
    private final java.util.Set<String> extensions = new java.util.HashSet<>();
    private final java.util.Set<String> collations = new java.util.HashSet<>();
    /** Types that extensions in schema public create: the inspector reads them as types it does not model. */
    private final java.util.Set<String> extensionTypes = new java.util.HashSet<>();

    /** The major whose pg_get_viewdef layout the view printer reproduces: from 16 a view's rule no longer holds old and new. */
    private static final int VIEW_LAYOUT_MAJOR = 15;

    private PgReader(int major) {
        this.major = major;
        schemas.put("public", new S("public"));
    }

    static Realm read(List<Stmt> statements, Dialect dialect, Scope scope) {
        PgReader r = new PgReader(dialect instanceof io.atlas4j.postgres.PostgresDialect p ? p.serverVersion() / 10000 : VIEW_LAYOUT_MAJOR);
        for (Stmt s : statements) {
            try {
                r.apply(s);
            } catch (Unsupported e) {
                throw s.refuse(e.getMessage());
            }
        }
        List<Schema> out = new ArrayList<>();
        for (S s : r.schemas.values()) out.add(r.schema(s));
        if (scope == Scope.SCHEMA) {
            if (out.size() > 1) {
                throw statements.get(0).refuse("schemas besides public (compare the whole database to load them)");
            }
            return Realm.of(out.get(0));
        }
        return new Realm(out, Attrs.EMPTY);
    }

    private void apply(Stmt s) {
        Cursor c = s.cursor();
        c.postgres = true;
        if (c.accept("SET")) {
            c.accept("SESSION");
            if (c.at("search_path") && !c.text(c.i, c.t.size()).replaceAll("\\s|'|\"", "").matches("(?i)search_path(=|TO)(public(,pg_catalog)?|)")) {
                throw new Unsupported("a search_path other than public");
            }
            return;
        }
        if (c.at("SELECT", "pg_catalog", ".", "set_config")) return;
        // privileges and owners are not part of the schema model: the inspector does not read them either
        if (c.at("GRANT") || c.at("REVOKE")) return;
        if (c.at("ALTER") && ownerOnly(c)) return;
        if (c.at("ALTER", "DEFAULT", "PRIVILEGES")) return;
        // roles are the cluster's, not the schema's
        if (c.at("CREATE", "ROLE") || c.at("CREATE", "USER") && !c.at("CREATE", "USER", "MAPPING")) return;
        if (c.at("CREATE", "OR", "REPLACE", "PROCEDURAL", "LANGUAGE", "plpgsql") || c.at("CREATE", "OR", "REPLACE", "LANGUAGE", "plpgsql")) {
            // plpgsql is installed in every database: replacing it changes nothing
            if (c.t.size() == c.i + (c.at("CREATE", "OR", "REPLACE", "PROCEDURAL") ? 6 : 5)) return;
        }
        if (c.accept("DO")) {
            PgDoBlocks.rolesOnly(c);
            return;
        }
        if (c.accept("CREATE")) {
            if (c.accept("SCHEMA")) {
                boolean ine = c.accept("IF", "NOT", "EXISTS");
                String n = c.name();
                if (schemas.containsKey(n) && !ine) throw new Unsupported("schema " + n + " exists already");
                if (c.accept("AUTHORIZATION")) c.next();
                if (!c.done()) throw new Unsupported("CREATE SCHEMA with elements");
                schemas.putIfAbsent(n, new S(n));
            } else if (c.at("TABLE") || c.at("UNLOGGED", "TABLE")) {
                createTable(c);
            } else if (c.accept("COLLATION")) {
                createCollation(c);
            } else if (c.accept("EXTENSION")) {
                createExtension(c);
            } else if (c.at("INDEX") || c.at("UNIQUE", "INDEX")) {
                createIndex(c);
            } else if (c.accept("TYPE")) {
                createType(c);
            } else if (c.accept("DOMAIN")) {
                createDomain(c);
            } else if (c.accept("POLICY")) {
                createPolicy(c);
            } else if (c.accept("SEQUENCE")) {
                createSequence(c);
            } else if (c.at("FUNCTION") || c.at("PROCEDURE") || c.at("OR", "REPLACE", "FUNCTION") || c.at("OR", "REPLACE", "PROCEDURE")) {
                c.accept("OR", "REPLACE");
                S s0 = schemas.get("public");
                io.atlas4j.postgres.PgFunction f = PgRoutines.function(c, s0.name, w -> routineType(s0, w));
                s0.objects.put("function " + f.name(), f);
            } else if (c.at("AGGREGATE")) {
                S s0 = schemas.get("public");
                io.atlas4j.postgres.PgFunction f = PgRoutines.aggregate(c, s0.name, w -> routineType(s0, w),
                        fn -> s0.objects.values().stream().anyMatch(o -> o instanceof io.atlas4j.postgres.PgFunction g && g.simpleName().equals(fn)));
                if (s0.objects.containsKey("function " + f.name())) throw new Unsupported("aggregate " + f.name() + " exists already");
                s0.objects.put("function " + f.name(), f);
            } else if (c.at("TRIGGER") || c.at("OR", "REPLACE", "TRIGGER") || c.at("CONSTRAINT", "TRIGGER")) {
                createTrigger(c, c.accept("OR", "REPLACE"));
            } else if (c.at("VIEW") || c.at("OR", "REPLACE", "VIEW")) {
                createView(c);
            } else if (c.at("MATERIALIZED", "VIEW")) {
                createView(c);
            } else {
                throw new Unsupported("this CREATE statement" + (s.parseError() == null ? "" : " (JSqlParser: " + s.parseError() + ")"));
            }
        } else if (c.accept("ALTER", "TABLE")) {
            alterTable(c);
        } else if (c.accept("ALTER", "SEQUENCE")) {
            alterSequence(c);
        } else if (c.accept("DROP")) {
            drop(c);
        } else if (c.accept("COMMENT", "ON")) {
            comment(c);
        } else {
            throw new Unsupported("this statement" + (s.parseError() == null ? "" : " (JSqlParser: " + s.parseError() + ")"));
        }
    }

    /** A trigger on a table or a view of schema public, running a function the SQL creates first or one of pg_catalog's. */
    private void createTrigger(Cursor c, boolean replace) {
        S s0 = schemas.get("public");
        PgTriggers.Read r = PgTriggers.read(c, s0.name, parts -> {
            if (schemaOf(parts) != s0) throw new Unsupported("a trigger on a table in another schema");
            io.atlas4j.schema.View v = s0.views.get(last(parts));
            if (v != null && !s0.tables.containsKey(last(parts))) {
                if (v.attrs().has(io.atlas4j.postgres.PgMaterialized.class)) throw new Unsupported("a trigger on a materialized view");
                return v.name();
            }
            return table(parts).name;
        });
        io.atlas4j.schema.Trigger tr = r.trigger();
        if (!r.builtIn() && s0.objects.values().stream().noneMatch(o -> o instanceof io.atlas4j.postgres.PgFunction f
                && f.simpleName().equals(r.function()) && f.arguments().isEmpty() && f.result().equals("trigger"))) {
            throw new Unsupported("a trigger whose function the SQL does not create first");
        }
        if (!replace && s0.objects.containsKey("trigger " + tr.name())) throw new Unsupported("trigger " + tr.name() + " exists already");
        s0.objects.put("trigger " + tr.name(), tr);
    }

    /** {@return whether an ALTER statement only changes an owner ({@code ALTER <kind> name OWNER TO role})} */
    private static boolean ownerOnly(Cursor c) {
        int n = c.t.size();
        return n >= 3 && c.t.get(n - 3).is("OWNER") && c.t.get(n - 2).is("TO");
    }

    /** An extension, kept in its schema; the objects it creates are its own and the inspector skips them. */
    private void createExtension(Cursor c) {
        PgExtensions.Created x = PgExtensions.create(c, major);
        String name = x.extension().name();
        if (!extensions.add(name)) {
            if (x.ifNotExists()) return;
            throw new Unsupported("extension " + name + " exists already");
        }
        S s = schemaOf(x.schema() == null ? List.of("public") : List.of(x.schema(), name));
        if (s.name.equals("public")) extensionTypes.addAll(x.types());
        s.objects.put("extension " + name, x.extension());
    }

    // ---------------------------------------------------------------- names

    private S schemaOf(List<String> parts) {
        String n = parts.size() >= 2 ? parts.get(parts.size() - 2) : "public";
        S s = schemas.get(n);
        if (s == null) throw new Unsupported("schema " + n + ", which the SQL does not create");
        return s;
    }

    private T table(List<String> parts) {
        T t = schemaOf(parts).tables.get(last(parts));
        if (t == null) throw new Unsupported("table " + String.join(".", parts) + ", which the SQL does not create");
        return t;
    }

    private static String last(List<String> parts) {
        return parts.get(parts.size() - 1);
    }

    /** Names as PostgreSQL folds them: unquoted names in lower case. */
    private static List<String> folded(Cursor c) {
        List<String> out = new ArrayList<>();
        int from = c.i;
        List<String> parts = c.qualified();
        int k = from;
        for (String p : parts) {
            Token t = c.t.get(k);
            out.add(t.kind() == Token.Kind.QUOTED ? p : p.toLowerCase(Locale.ROOT));
            k += 2;
        }
        return out;
    }

    private static String fold(String name, Token t) {
        return t.kind() == Token.Kind.QUOTED ? name : name.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- tables

    private void createTable(Cursor c) {
        boolean unlogged = c.accept("UNLOGGED");
        c.expect("TABLE");
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        List<String> name = folded(c);
        S s = schemaOf(name);
        if (s.tables.containsKey(last(name))) {
            if (ine) return;
            throw new Unsupported("table " + last(name) + " exists already");
        }
        if (c.accept("PARTITION", "OF")) {
            if (unlogged) throw new Unsupported("an unlogged partition");
            createPartition(c, s, last(name));
            return;
        }
        if (!c.at("(")) throw new Unsupported("CREATE TABLE without a column list (AS, OF)");
        T t = new T(last(name));
        TableDef d = TableDef.parse(c);
        List<T> parents = new ArrayList<>();
        if (c.accept("INHERITS")) {
            for (int[] g : c.list()) {
                Cursor p = new Cursor(c.sql, c.t.subList(g[0], g[1]));
                List<String> pn = folded(p);
                if (!p.done()) throw new Unsupported("an INHERITS entry that is not a table name");
                if (schemaOf(pn) != s) throw new Unsupported("INHERITS from a table in another schema");
                T parent = table(pn);
                if (parents.contains(parent)) throw new Unsupported("INHERITS naming a table twice");
                if (parent.partStrategy != null) throw new Unsupported("INHERITS from a partitioned table");
                parents.add(parent);
            }
        }
        String[] partitioning = c.accept("PARTITION", "BY") ? partitionBy(c) : null;
        if (!c.done()) throw new Unsupported("the table option \"" + c.peek().text() + "\"");
        if (partitioning != null && !parents.isEmpty()) throw new Unsupported("a partitioned table that inherits");
        if (taken(s, t.name)) throw new Unsupported("the name " + t.name + " is taken already");
        s.tables.put(t.name, t);
        // inherited columns come first, merged by name, in the parents' order
        for (T parent : parents) for (Column col : parent.columns) inheritColumn(s, t, col);
        List<TableDef.ConstraintDef> later = new ArrayList<>();
        List<TableDef.Like> likes = new ArrayList<>();
        for (TableDef.ColumnDef col : d.columns) {
            if (col.like != null) {
                likes.add(col.like);
                likeColumns(t, col.like);
                continue;
            }
            String n = col.quoted ? col.name : col.name.toLowerCase(Locale.ROOT);
            int at = indexOf(t, n);
            if (at >= 0 && t.columns.get(at).attrs().has(io.atlas4j.postgres.PgInheritedColumn.class)) later.addAll(mergeColumn(s, t, at, col));
            else later.addAll(addColumn(s, t, col));
        }
        later.addAll(d.constraints);
        for (TableDef.ConstraintDef k : withoutRedundantKeys(t, later)) addConstraint(s, t, k);
        for (TableDef.Like like : likes) likeConstraints(s, t, like);
        if (partitioning != null) partitionKey(t, partitioning);
        if (unlogged) t.attrs = t.attrs.with(new io.atlas4j.postgres.PgUnlogged());
        if (!parents.isEmpty()) {
            t.attrs = t.attrs.with(new io.atlas4j.postgres.PgInherits(parents.stream().map(p -> p.name).toList()));
            t.parents = parents;
            for (T parent : parents) parent.children++;
        }
    }

    /** {@code PARTITION BY strategy (columns)}; {@return the strategy, then the key columns} */
    private static String[] partitionBy(Cursor c) {
        // pg_get_partkeydef: the strategy and the key columns; expressions and operator classes are refused
        String strategy = c.next().upper();
        if (!List.of("RANGE", "LIST", "HASH").contains(strategy)) throw new Unsupported("PARTITION BY " + strategy);
        List<String> out = new ArrayList<>(List.of(strategy));
        for (int[] g : c.list()) {
            if (g[1] - g[0] != 1 || !c.t.get(g[0]).isName()) throw new Unsupported("a partition key that is not a column");
            Token k = c.t.get(g[0]);
            out.add(fold(k.name(), k));
        }
        return out.toArray(String[]::new);
    }

    private static void partitionKey(T t, String[] partitioning) {
        List<String> keys = List.of(partitioning).subList(1, partitioning.length);
        for (String k : keys) {
            if (indexOf(t, k) < 0) throw new Unsupported("a partition key column the table does not have");
        }
        t.partStrategy = partitioning[0];
        t.partKeys = keys;
        t.attrs = t.attrs.with(new io.atlas4j.postgres.PgPartitionKey(partitioning[0] + " (" + String.join(", ", keys.stream().map(PgIdent::quote).toList()) + ")"));
    }

    private static int indexOf(T t, String column) {
        for (int i = 0; i < t.columns.size(); i++) if (t.columns.get(i).name().equals(column)) return i;
        return -1;
    }

    /** {@code CREATE TABLE name PARTITION OF parent bound}: the parent's columns, none of its keys or indexes as the inspector reads them. */
    private void createPartition(Cursor c, S s, String name) {
        List<String> pn = folded(c);
        if (schemaOf(pn) != s) throw new Unsupported("a partition in another schema than its table");
        T parent = table(pn);
        if (parent.partStrategy == null) throw new Unsupported("PARTITION OF a table that is not partitioned");
        if (c.at("(")) throw new Unsupported("a partition with its own column constraints");
        String bound = PgPartitionBounds.bound(c, parent.partStrategy,
                parent.partKeys.stream().map(k -> types.format(parent.columns.get(parent.column(k)).type())).toList());
        T t = new T(name);
        for (Column col : parent.columns) t.columns.add(inherited(s, col));
        String[] partitioning = c.accept("PARTITION", "BY") ? partitionBy(c) : null;
        if (!c.done()) throw new Unsupported("the partition clause \"" + c.peek().text() + "\"");
        if (taken(s, name)) throw new Unsupported("the name " + name + " is taken already");
        if (partitioning != null) partitionKey(t, partitioning);
        t.attrs = t.attrs.with(new io.atlas4j.postgres.PgPartitionOf(parent.name, bound));
        t.parents = List.of(parent);
        parent.children++;
        s.tables.put(name, t);
    }

    /**
     * {@return a parent's column as a child has it}: type, NOT NULL and default, no comment; a serial column's
     * default is the plain {@code nextval} of the parent's sequence, which the child does not own.
     */
    private Column inherited(S s, Column col) {
        if (col.attrs().has(PgIdentity.class) || col.attrs().has(Generated.class)) throw new Unsupported("an inherited identity or generated column");
        if (col.attrs().has(io.atlas4j.schema.Collation.class)) throw new Unsupported("an inherited column with a collation");
        Optional<io.atlas4j.schema.Expr> dflt = col.defaultValue();
        Optional<PgSerial> serial = col.attrs().get(PgSerial.class);
        if (serial.isPresent()) {
            if (!s.name.equals("public")) throw new Unsupported("an inherited serial column outside schema public");
            dflt = Optional.of(Exprs.of("nextval(" + PgIdent.literal(PgIdent.quote(serial.get().sequence())) + "::regclass)"));
        }
        return new Column(col.name(), col.type(), col.nullable(), dflt, Attrs.of(new io.atlas4j.postgres.PgInheritedColumn()));
    }

    /** Adds an inherited column, merging it with one of the same name another parent gave. */
    private void inheritColumn(S s, T t, Column col) {
        Column c = inherited(s, col);
        int at = indexOf(t, c.name());
        if (at < 0) {
            t.columns.add(c);
            return;
        }
        Column had = t.columns.get(at);
        if (!types.format(had.type()).equals(types.format(c.type()))) throw new Unsupported("inherited columns " + c.name() + " of different types");
        if (!had.defaultValue().equals(c.defaultValue())) throw new Unsupported("inherited columns " + c.name() + " with different defaults");
        t.columns.set(at, had.withNullable(had.nullable() && c.nullable()));
    }

    /** A declared column merged into the inherited one of that name: it stays in place and becomes the table's own. */
    private List<TableDef.ConstraintDef> mergeColumn(S s, T t, int at, TableDef.ColumnDef col) {
        Column had = t.columns.remove(at);
        List<TableDef.ConstraintDef> out = addColumn(s, t, col);
        Column own = t.columns.remove(t.columns.size() - 1);
        if (own.attrs().has(PgSerial.class) || own.attrs().has(PgIdentity.class) || own.attrs().has(Generated.class)) {
            throw new Unsupported("a serial, identity or generated column merged with an inherited one");
        }
        if (!types.format(had.type()).equals(types.format(own.type()))) throw new Unsupported("column " + own.name() + " merged with an inherited one of another type");
        Optional<io.atlas4j.schema.Expr> dflt = own.defaultValue().isPresent() ? own.defaultValue() : had.defaultValue();
        t.columns.add(at, new Column(own.name(), had.type(), had.nullable() && own.nullable(), dflt, own.attrs()));
        return out;
    }

    private T likeSource(TableDef.Like like) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < like.source().size(); k++) {
            boolean q = k < like.quoted().size() && like.quoted().get(k);
            parts.add(q ? like.source().get(k) : like.source().get(k).toLowerCase(Locale.ROOT));
        }
        if (schemaOf(parts) != schemas.get("public")) throw new Unsupported("LIKE a table outside schema public");
        return table(parts);
    }

    /** {@code LIKE source}: its columns with NOT NULL, and the defaults and comments the options include. */
    private void likeColumns(T t, TableDef.Like like) {
        T src = likeSource(like);
        java.util.Set<String> with = like.including();
        for (Column col : src.columns) {
            if (indexOf(t, col.name()) >= 0) throw new Unsupported("column " + col.name() + " twice (LIKE)");
            if (col.attrs().has(PgIdentity.class) || col.attrs().has(Generated.class)) throw new Unsupported("LIKE a table with identity or generated columns");
            if (col.attrs().has(io.atlas4j.schema.Collation.class)) throw new Unsupported("LIKE a table with column collations");
            Optional<io.atlas4j.schema.Expr> dflt = Optional.empty();
            if (with.contains("DEFAULTS")) {
                dflt = col.defaultValue();
                Optional<PgSerial> serial = col.attrs().get(PgSerial.class);
                if (serial.isPresent()) dflt = Optional.of(Exprs.of("nextval(" + PgIdent.literal(PgIdent.quote(serial.get().sequence())) + "::regclass)"));
            }
            Attrs a = Attrs.EMPTY;
            Optional<Comment> comment = col.attrs().get(Comment.class);
            if (with.contains("COMMENTS") && comment.isPresent()) a = a.with(comment.get());
            t.columns.add(new Column(col.name(), col.type(), col.nullable(), dflt, a));
        }
    }

    /** {@code LIKE source INCLUDING CONSTRAINTS / INDEXES}: checks keep their names; keys and indexes get names chosen for the new table. */
    private void likeConstraints(S s, T t, TableDef.Like like) {
        T src = likeSource(like);
        java.util.Set<String> with = like.including();
        boolean comments = with.contains("COMMENTS");
        if (with.contains("CONSTRAINTS")) {
            for (Check k : src.checks) {
                Attrs a = comments ? k.attrs() : k.attrs().without(Comment.class);
                if (t.checks.stream().anyMatch(x -> x.name().equals(k.name()))) throw new Unsupported("check " + k.name() + " twice (LIKE)");
                t.checks.add(new Check(k.name(), k.expr(), a));
            }
        }
        if (!with.contains("INDEXES")) return;
        if (src.pk.isPresent()) {
            if (t.pk.isPresent()) throw new Unsupported("a second primary key (LIKE ... INCLUDING INDEXES)");
            Index pk = src.pk.get();
            List<String> cols = pk.columnNames().orElseThrow(() -> new Unsupported("LIKE a table whose key has expressions"));
            for (String n : cols) t.columns.set(t.column(n), t.columns.get(t.column(n)).withNullable(false));
            t.pk = Optional.of(new Index(uniqueName(s, t.name, List.of(), "pkey"), true, pk.parts(), comments ? pk.attrs() : pk.attrs().without(Comment.class)));
        }
        for (Index x : src.indexes) {
            List<String> cols = x.columnNames().orElseThrow(() -> new Unsupported("LIKE a table with expression indexes"));
            String label = x.attrs().has(PgUniqueConstraint.class) ? "key" : "idx";
            t.indexes.add(new Index(uniqueName(s, t.name, cols, label), x.unique(), x.parts(), comments ? x.attrs() : x.attrs().without(Comment.class)));
        }
        if (src.attrs.has(io.atlas4j.postgres.PgExcludes.class)) throw new Unsupported("LIKE a table with EXCLUDE constraints");
    }

    /** Adds a column; {@return its inline constraints, added once every column exists} */
    private List<TableDef.ConstraintDef> addColumn(S s, T t, TableDef.ColumnDef col) {
        String name = col.quoted ? col.name : col.name.toLowerCase(Locale.ROOT);
        if (t.columns.stream().anyMatch(x -> x.name().equals(name))) throw new Unsupported("column " + name + " twice");
        String written = col.type.strip();
        String lower = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String serialType = switch (lower) {
            case "serial", "serial4" -> "integer";
            case "bigserial", "serial8" -> "bigint";
            case "smallserial", "serial2" -> "smallint";
            default -> null;
        };
        ColumnType type = type(s, serialType != null ? serialType : written);
        Attrs attrs = Attrs.EMPTY;
        Optional<io.atlas4j.schema.Expr> dflt = Optional.empty();
        boolean notNull = col.notNull || col.primaryKey;
        if (col.collate != null) attrs = collation(col, type);
        if (col.charset != null || col.autoIncrement || col.onUpdate != null || col.comment != null) throw new Unsupported("a MySQL column clause");
        if (serialType != null) {
            String seq = PgNames.choose(t.name, List.of(name), "seq");
            attrs = attrs.with(new PgSerial(seq));
            notNull = true;
            if (col.dflt.isPresent()) throw new Unsupported("a default on a serial column");
        } else if (col.identity != null) {
            attrs = attrs.with(identity(col, type));
            notNull = true;
        } else if (col.generated != null) {
            if (!col.stored) throw new Unsupported("a generated column that is not STORED");
            if (col.dflt.isPresent()) throw new Unsupported("a default on a generated column");
            attrs = attrs.with(new Generated(expr(s, t, col.generated, false, types.format(type)), true));
        } else if (col.dflt.isPresent()) {
            dflt = defaultExpr(s, t, name, col.dflt.get(), type);
        }
        t.columns.add(new Column(name, type, !notNull, dflt, attrs));
        List<TableDef.ConstraintDef> out = new ArrayList<>();
        TableDef.KeyPart part = new TableDef.KeyPart(name, null, false, null, null, null);
        if (col.primaryKey) {
            TableDef.ConstraintDef k = new TableDef.ConstraintDef();
            k.kind = "PRIMARY";
            k.name = col.pkName == null ? "" : col.pkName;
            k.quoted = col.pkQuoted;
            k.parts.add(part);
            out.add(k);
        }
        if (col.unique) {
            TableDef.ConstraintDef k = new TableDef.ConstraintDef();
            k.kind = "UNIQUE";
            k.name = col.uniqueName == null ? "" : col.uniqueName;
            k.quoted = col.uniqueQuoted;
            k.parts.add(part);
            out.add(k);
        }
        if (col.references != null) {
            TableDef.ConstraintDef fk = col.references;
            fk.parts.set(0, part);
            out.add(fk);
        }
        for (TableDef.ConstraintDef ck : col.checks) {
            if (ck.name.isEmpty()) {
                ck.name = uniqueName(s, t.name, List.of(name), "check");
                ck.quoted = true; // a chosen name is kept as chosen
            }
            out.add(ck);
        }
        return out;
    }

    /**
     * {@return a column's collation as the inspector reads it}: a collation the SQL creates, C or POSIX, on a string
     * column; {@code default} is none. The others are the server's locales, which may not exist.
     */
    private Attrs collation(TableDef.ColumnDef col, ColumnType type) {
        String name = col.collateQuoted ? col.collate : col.collate.toLowerCase(Locale.ROOT);
        if (!(type instanceof io.atlas4j.schema.type.StringType)) throw new Unsupported("a collation on a column of type " + types.format(type));
        if (name.equals("default")) return Attrs.EMPTY;
        if (!collations.contains(name) && !name.equals("C") && !name.equals("POSIX")) throw new Unsupported("the collation " + name + " (a locale of the server)");
        return Attrs.of(new io.atlas4j.schema.Collation(name));
    }

    /** {@code CREATE COLLATION [IF NOT EXISTS] name (options) | FROM other}: collations are no schema object; columns name them. */
    private void createCollation(Cursor c) {
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        List<String> n = folded(c);
        if (schemaOf(n) != schemas.get("public")) throw new Unsupported("a collation outside schema public");
        if (c.at("(")) c.skipGroup();
        else if (c.accept("FROM")) c.next();
        else throw new Unsupported("a collation without options");
        if (!c.done()) throw new Unsupported("the collation clause \"" + c.peek().text() + "\"");
        if (!collations.add(last(n)) && !ine) throw new Unsupported("collation " + last(n) + " exists already");
    }

    private PgIdentity identity(TableDef.ColumnDef col, ColumnType type) {
        long max = switch (type.name()) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            case "bigint" -> Long.MAX_VALUE;
            default -> throw new Unsupported("an identity column of type " + type.name());
        };
        long min0 = switch (type.name()) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        Long start = null;
        long inc = 1;
        Long mn = null;
        Long mx = null;
        long cache = 1;
        boolean cycle = false;
        if (col.identityOptions != null && !col.identityOptions.isBlank()) {
            Cursor c = new Cursor(col.identityOptions, Lexer.tokens(col.identityOptions, false));
            while (!c.done()) {
                if (c.accept("START")) {
                    c.accept("WITH");
                    start = number(c);
                } else if (c.accept("INCREMENT")) {
                    c.accept("BY");
                    inc = number(c);
                } else if (c.accept("MINVALUE")) mn = number(c);
                else if (c.accept("MAXVALUE")) mx = number(c);
                else if (c.accept("NO", "MINVALUE") || c.accept("NO", "MAXVALUE") || c.accept("NO", "CYCLE")) continue;
                else if (c.accept("CACHE")) cache = number(c);
                else if (c.accept("CYCLE")) cycle = true;
                else throw new Unsupported("the identity option \"" + c.peek().text() + "\"");
            }
        }
        if (inc == 0) throw new Unsupported("an identity increment of 0");
        long lo = mn != null ? mn : inc > 0 ? 1 : min0;
        long hi = mx != null ? mx : inc > 0 ? max : -1;
        long st = start != null ? start : inc > 0 ? lo : hi;
        return new PgIdentity(col.identity.equals("ALWAYS"), st, inc, lo, hi, cache, cycle);
    }

    private ColumnType type(S s, String written) {
        // the catalog keeps no dimensions nor sizes of an array: int[][], int[3] and "int ARRAY[3]" are all integer[]
        String spelled = written.strip().replaceAll("(?i)\\s+ARRAY(\\s*\\[\\s*\\d*\\s*\\])?$", "[]");
        List<Token> tokens = Lexer.tokens(spelled.replaceAll("(\\[\\s*\\d*\\s*\\])+$", "[]"), false, false);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(".") && k == 1) {
                String schema = tokens.get(0).name();
                b.setLength(0);
                if (!schema.equals(s.name) && !schema.equalsIgnoreCase("pg_catalog")) b.append(PgIdent.quote(schema)).append('.');
                continue;
            }
            if (t.kind() == Token.Kind.QUOTED) {
                b.append(PgIdent.quote(t.name()));
            } else if (t.kind() == Token.Kind.WORD) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '.' && b.charAt(b.length() - 1) != '(') b.append(' ');
                b.append(t.text().toLowerCase(Locale.ROOT));
            } else {
                b.append(t.text());
            }
        }
        String spelling = b.toString().replace(" (", "(").replace(", ", ",");
        String base = spelling.replaceAll("\\(.*|\\[.*", "");
        if (kinds.get(base) == null && !base.contains(".") && Character.isLetter(base.isEmpty() ? '1' : base.charAt(0))) {
            ColumnType parsed = types.parse(spelling);
            if (parsed instanceof io.atlas4j.schema.type.UnsupportedType && !extensionTypes.contains(base)) throw new Unsupported("the type " + written);
            return parsed;
        }
        if (kinds.get(base) == null) throw new Unsupported("the type " + written);
        // the inspector knows the user types of the schema it reads: one of another schema is a type it does not model
        if (base.contains(".")) return PgTypes.builtIn().parse(spelling);
        return types.parse(spelling);
    }

    /** {@return the default as {@code pg_get_expr} prints it, for a column of {@code type}} */
    private Optional<io.atlas4j.schema.Expr> defaultExpr(S s, T t, String column, String written, ColumnType type) {
        String w = written.strip();
        while (w.startsWith("(") && w.endsWith(")") && balanced(w.substring(1, w.length() - 1))) w = w.substring(1, w.length() - 1).strip();
        String label = types.format(type);
        String castLabel = PgExprPrinter.base(label);
        if (castLabel.equals("character")) castLabel = "bpchar";
        String upper = w.toUpperCase(Locale.ROOT);
        // a NULL that needs a length coercion (varchar(n), numeric(p,s), ...) is no plain constant, and PostgreSQL keeps it
        if (upper.equals("NULL") && label.contains("(")) return Optional.of(Exprs.of("NULL::" + castLabel));
        if (upper.equals("NULL") || upper.startsWith("NULL::")) return Optional.empty();
        String name = type.name();
        boolean integer = name.equals("integer");
        boolean number = java.util.Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision", "money").contains(name);
        if (INTEGER.matcher(w).matches() || DECIMAL.matcher(w).matches() && !w.toLowerCase(Locale.ROOT).contains("e")) {
            // the number keeps its own type (integer, bigint or numeric): the coercion to the column's is not printed
            if (number) return Optional.of(Exprs.of(PgExprPrinter.printAs(w, false, n -> null, kinds::get, x -> types.format(type(s, x)), null)));
            throw new Unsupported("the default " + w + " on a column of type " + label);
        }
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            if (!name.equals("boolean")) throw new Unsupported("a boolean default on a column of type " + label);
            return Optional.of(Exprs.of(upper.toLowerCase(Locale.ROOT)));
        }
        Matcher m = STRING.matcher(w);
        if (m.matches()) {
            String value = m.group(1);
            if (m.group(2) != null) {
                String cast = PgExprPrinter.base(types.format(type(s, m.group(2))));
                if (!cast.equals(PgExprPrinter.base(label))) return Optional.of(Exprs.of(expr(s, null, w, false, label)));
            }
            if (name.equals("boolean")) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (List.of("t", "true", "y", "yes", "on", "1").contains(v)) return Optional.of(Exprs.of("true"));
                if (List.of("f", "false", "n", "no", "off", "0").contains(v)) return Optional.of(Exprs.of("false"));
                throw new Unsupported("the boolean default " + w);
            }
            if (integer && INTEGER.matcher(value.strip()).matches() && !value.strip().startsWith("-")) return Optional.of(Exprs.of(value.strip()));
            if (name.equals("character varying") || name.equals("text") || name.equals("character")
                    || kinds.containsKey(label) || name.equals("jsonb") || name.equals("json") || name.equals("uuid") || name.equals("bytea")) {
                return Optional.of(Exprs.of("'" + value + "'::" + castLabel));
            }
            // other types: the value as the type's output function prints it, where the printer knows it
            return Optional.of(Exprs.of(expr(s, null, w, false, label)));
        }
        Matcher nv = NEXTVAL.matcher(w);
        if (nv.matches()) {
            String seq = nv.group(1);
            return Optional.of(Exprs.of("nextval('" + seq + "'::regclass)"));
        }
        switch (upper.replaceAll("\\s+", "")) {
            case "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME", "CURRENT_USER", "SESSION_USER" -> {
                return Optional.of(Exprs.of(upper.replaceAll("\\s+", "")));
            }
            case "NOW()", "GEN_RANDOM_UUID()", "CLOCK_TIMESTAMP()", "STATEMENT_TIMESTAMP()", "TRANSACTION_TIMESTAMP()", "RANDOM()" -> {
                return Optional.of(Exprs.of(w.toLowerCase(Locale.ROOT).replaceAll("\\s+", "")));
            }
            default -> {
                return Optional.of(Exprs.of(expr(s, null, w, false, label)));
            }
        }
    }

    /** {@return whether the operator class is pg_trgm's for the method over text, and the SQL created pg_trgm} */
    private boolean trigramOpClass(String opclass, String method, String type) {
        return extensions.contains("pg_trgm") && "text".equals(type)
                && (opclass.equals("gin_trgm_ops") && method.equals("gin") || opclass.equals("gist_trgm_ops") && method.equals("gist"));
    }

    /** {@return a query as pg_get_viewdef prints it, over the tables and views the SQL created so far} */
    private PgViews.Printed printQuery(S s, String query, List<String> names) {
        return PgViews.print(query, names, (schema, rel) -> {
            S rs = schemas.get(schema == null ? "public" : schema);
            if (rs == null) return null;
            T t = rs.tables.get(rel);
            if (t != null) return t.columns.stream().map(x -> new PgViews.Col(x.name(), types.format(x.type()))).toList();
            return rs.viewColumns.get(rel);
        }, schema -> schema.equals("public"), kinds::get, w -> types.format(type(s, w)));
    }

    /** Refuses a query for a major whose view layout the printer does not reproduce. */
    private void viewLayout(String what) {
        if (major != VIEW_LAYOUT_MAJOR) {
            throw new Unsupported(what + " for PostgreSQL " + major + " (queries are printed as PostgreSQL " + VIEW_LAYOUT_MAJOR + " prints them)");
        }
    }

    /** {@return whether the query reads a relation of one of the (folded) names} */
    private static boolean readsAny(String query, List<String> names) {
        try {
            for (String n : net.sf.jsqlparser.util.TablesNamesFinder.findTables(query)) {
                String simple = n.substring(n.lastIndexOf('.') + 1);
                String folded = simple.startsWith("\"") ? simple.replace("\"", "") : simple.toLowerCase(Locale.ROOT);
                if (names.contains(folded)) return true;
            }
            return false;
        } catch (Exception | Error x) {
            throw new Unsupported("a subquery JSqlParser cannot read");
        }
    }

    /** {@return an expression over the columns of {@code t} as PostgreSQL prints it, pretty or plain, coerced to {@code target} when given} */
    private String expr(S s, T t, String written, boolean pretty, String target) {
        java.util.function.Function<String, String[]> subqueries = q -> {
            // a subquery reads the tables and views as a view's query does, but with no old and new and under the
            // expression's own table, which the view printer does not know: a subquery reading either is refused
            viewLayout("a subquery");
            if (readsAny(q, t == null ? List.of("old", "new") : List.of("old", "new", t.name))) {
                throw new Unsupported("a subquery reading " + (t == null ? "old or new" : "its own table " + t.name + ", old or new"));
            }
            PgViews.Printed p = printQuery(s, q, List.of());
            if (p.columns().size() != 1) throw new Unsupported("a subquery of other than one column");
            return new String[] {p.definition(), p.columns().get(0).type()};
        };
        return PgExprPrinter.printAs(written, pretty, n -> {
            if (t == null) return null;
            for (Column c : t.columns) if (c.name().equals(n)) return types.format(c.type());
            return null;
        }, kinds::get, x -> types.format(type(s, x)), target, PgExprRoutines.of(schemas.get("public").objects.values()), subqueries, null);
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '(') depth++;
            if (ch == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** {@return PostgreSQL's name for an unnamed constraint: on a clash the label becomes {@code key1}, {@code key2}, ... within 63 bytes} */
    private String uniqueName(S s, String table, List<String> columns, String label) {
        String n = PgNames.choose(table, columns, label);
        for (int k = 1; taken(s, n); k++) n = PgNames.choose(table, columns, label + k);
        return n;
    }

    private static boolean taken(S s, String n) {
        if (s.tables.containsKey(n) || s.views.containsKey(n)) return true;
        for (T t : s.tables.values()) {
            if (t.pk.isPresent() && t.pk.get().name().equals(n)) return true;
            for (Index i : t.indexes) if (i.name().equals(n)) return true;
            for (ForeignKey f : t.fks) if (f.name().equals(n)) return true;
            for (Check ck : t.checks) if (ck.name().equals(n)) return true;
            if (t.attrs.get(io.atlas4j.postgres.PgExcludes.class).map(x -> x.constraints().stream().anyMatch(e -> e.name().equals(n))).orElse(false)) return true;
        }
        return s.objects.containsKey(n);
    }

    /**
     * The keys of one statement that would build the same index ({@code UNIQUE PRIMARY KEY}, a {@code UNIQUE} written
     * twice) become one, as PostgreSQL's transformIndexConstraints makes them: the primary key is kept, else the first
     * of the others, and a kept key without a name takes the name of the one it absorbs.
     */
    private static List<TableDef.ConstraintDef> withoutRedundantKeys(T t, List<TableDef.ConstraintDef> defs) {
        TableDef.ConstraintDef pk = defs.stream().filter(k -> k.kind.equals("PRIMARY")).findFirst().orElse(null);
        List<TableDef.ConstraintDef> kept = new ArrayList<>();
        if (pk != null) kept.add(pk);
        List<TableDef.ConstraintDef> out = new ArrayList<>();
        for (TableDef.ConstraintDef k : defs) {
            if (k == pk || !(k.kind.equals("PRIMARY") || k.kind.equals("UNIQUE"))) {
                out.add(k);
                continue;
            }
            TableDef.ConstraintDef prior = kept.stream().filter(p -> sameIndex(t, p, k)).findFirst().orElse(null);
            if (prior == null) {
                kept.add(k);
                out.add(k);
            } else if (prior.name.isEmpty()) {
                prior.name = k.name;
                prior.quoted = k.quoted;
            }
        }
        return out;
    }

    /** {@return whether two keys would build the same index: same columns in the same order and options} */
    private static boolean sameIndex(T t, TableDef.ConstraintDef a, TableDef.ConstraintDef b) {
        if (a.parts.size() != b.parts.size() || a.deferrable != b.deferrable || a.initiallyDeferred != b.initiallyDeferred
                || a.nullsNotDistinct != b.nullsNotDistinct || !Objects.equals(a.include, b.include) || !Objects.equals(a.where, b.where)
                || !Objects.equals(a.using, b.using)) {
            return false;
        }
        for (int i = 0; i < a.parts.size(); i++) {
            TableDef.KeyPart x = a.parts.get(i);
            TableDef.KeyPart y = b.parts.get(i);
            if (x.column() == null || y.column() == null || !x.withColumn(columnName(t, x.column())).equals(y.withColumn(columnName(t, y.column())))) {
                return false;
            }
        }
        return true;
    }

    private void addConstraint(S s, T t, TableDef.ConstraintDef k) {
        if (!k.quoted) k.name = k.name.toLowerCase(Locale.ROOT);
        if (k.kind.equals("EXCLUDE")) {
            exclude(s, t, k);
            return;
        }
        List<String> cols = new ArrayList<>();
        for (TableDef.KeyPart p : k.parts) {
            if (p.column() == null || p.length() != null || p.opclass() != null || p.collate() != null) {
                throw new Unsupported("a key part PostgreSQL would re-print");
            }
            String n = columnName(t, p.column());
            cols.add(n);
        }
        Attrs a = Attrs.EMPTY;
        if (k.deferrable) a = a.with(new Deferrable(k.initiallyDeferred));
        switch (k.kind) {
            case "PRIMARY" -> {
                if (t.pk.isPresent()) throw new Unsupported("a second primary key");
                String name = k.name.isEmpty() ? uniqueName(s, t.name, List.of(), "pkey") : k.name;
                if (k.include != null) throw new Unsupported("INCLUDE columns");
                for (String n : cols) {
                    int i = t.column(n);
                    t.columns.set(i, t.columns.get(i).withNullable(false));
                }
                t.pk = Optional.of(new Index(name, true, parts(cols, k), a));
            }
            case "UNIQUE" -> {
                String name = k.name.isEmpty() ? uniqueName(s, t.name, cols, "key") : k.name;
                if (k.include != null) throw new Unsupported("INCLUDE columns");
                a = a.with(new PgUniqueConstraint());
                if (k.nullsNotDistinct) a = a.with(new PgNullsNotDistinct());
                t.indexes.add(new Index(name, true, parts(cols, k), a));
            }
            case "FOREIGN" -> {
                String name = k.name.isEmpty() ? uniqueName(s, t.name, cols, "fkey") : k.name;
                S refSchema = schemaOf(k.refTable);
                String refName = last(k.refTable);
                boolean quoted = k.refQuoted.size() == k.refTable.size() && k.refQuoted.get(k.refQuoted.size() - 1);
                T ref = refSchema.tables.get(quoted ? refName : refName.toLowerCase(Locale.ROOT));
                if (ref == null) throw new Unsupported("a foreign key to table " + refName + " before it is created");
                List<String> refCols = new ArrayList<>();
                if (k.refColumns.isEmpty()) {
                    Index pk = ref.pk.orElseThrow(() -> new Unsupported("a foreign key to a table without primary key"));
                    refCols.addAll(pk.columnNames().orElseThrow());
                } else {
                    for (String rc : k.refColumns) refCols.add(columnName(ref, rc));
                }
                QualifiedName qn = refSchema == s ? QualifiedName.of(ref.name) : QualifiedName.of(refSchema.name, ref.name);
                if (k.matchFull) a = a.with(new io.atlas4j.postgres.PgMatchFull());
                t.fks.add(new ForeignKey(name, cols, qn, refCols, action(k.onUpdate), action(k.onDelete), a));
            }
            case "CHECK" -> {

                String name = k.name.isEmpty() ? uniqueName(s, t.name, firstColumn(t, k.check), "check") : k.name;
                String printed;
                try {
                    printed = expr(s, t, k.check, true, null);
                } catch (Unsupported e) {
                    printed = checkExpr(k.check);
                }
                t.checks.add(new Check(name, printed, k.noInherit ? Attrs.of(new io.atlas4j.postgres.PgNoInherit()) : Attrs.EMPTY));
            }
            default -> throw new Unsupported("a " + k.kind + " key (MySQL syntax)");
        }
    }

    /** An EXCLUDE constraint as {@code pg_get_constraintdef(oid, true)} prints it, kept on its table. */
    private void exclude(S s, T t, TableDef.ConstraintDef k) {
        if (k.deferrable) throw new Unsupported("a deferrable EXCLUDE constraint");
        List<String> cols = new ArrayList<>();
        List<String> elems = new ArrayList<>();
        boolean expressions = false;
        for (TableDef.KeyPart p : k.parts) {
            // the operator is kept in the part's expression slot
            if (!p.expr().matches("[=<>&|@#~!?*/%+-]+")) throw new Unsupported("an EXCLUDE operator PostgreSQL would qualify (" + p.expr() + ")");
            if (p.column() == null) {
                // an expression element, printed as pg_get_indexdef prints one: a bare call, anything else in parentheses
                String printed = expr(s, t, p.collate(), true, null);
                boolean call = printed.matches("(?s)[a-z_][a-z0-9_]*\\(.*\\)") && balanced(printed.substring(printed.indexOf('(') + 1, printed.length() - 1));
                elems.add((call ? printed : "(" + printed + ")") + " WITH " + p.expr());
                expressions = true;
                continue;
            }
            String n = columnName(t, p.column());
            cols.add(n);
            elems.add(PgIdent.quote(n) + " WITH " + p.expr());
        }
        if (expressions && k.name.isEmpty()) throw new Unsupported("an unnamed EXCLUDE constraint on expressions");
        String name = k.name.isEmpty() ? uniqueName(s, t.name, cols, "excl") : k.name;
        if (taken(s, name)) throw new Unsupported("the name " + name + " is taken already");
        String def = "EXCLUDE USING " + k.using + " (" + String.join(", ", elems) + ")";
        if (k.where != null) def += " WHERE (" + expr(s, t, k.where, true, null) + ")";
        List<io.atlas4j.postgres.PgExclude> all = new ArrayList<>(t.attrs.get(io.atlas4j.postgres.PgExcludes.class)
                .map(io.atlas4j.postgres.PgExcludes::constraints).orElse(List.of()));
        all.add(new io.atlas4j.postgres.PgExclude(name, def));
        t.attrs = t.attrs.with(new io.atlas4j.postgres.PgExcludes(all));
    }

    private static List<IndexPart> parts(List<String> cols, TableDef.ConstraintDef k) {
        List<IndexPart> parts = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) parts.add(new IndexPart.OfColumn(cols.get(i), k.parts.get(i).desc(), Attrs.EMPTY));
        return parts;
    }

    private static String columnName(T t, String written) {
        for (Column c : t.columns) if (c.name().equals(written)) return c.name();
        for (Column c : t.columns) if (c.name().equals(written.toLowerCase(Locale.ROOT))) return c.name();
        throw new Unsupported("column " + written + " of table " + t.name + ", which the SQL does not create");
    }

    /** {@return the column a check reads, which PostgreSQL names it after when it reads exactly one} */
    private static List<String> firstColumn(T t, String expr) {
        java.util.Set<String> read = new java.util.LinkedHashSet<>();
        for (Token x : Lexer.tokens(expr, false)) {
            if (!x.isName()) continue;
            String n = x.folded();
            for (Column c : t.columns) if (c.name().equals(n)) read.add(n);
        }
        return read.size() == 1 ? List.copyOf(read) : List.of();
    }

    /** The checks PostgreSQL re-prints differently from how they were written are compared loosely, but IN lists become {@code = ANY (ARRAY[...])}. */
    private static String checkExpr(String written) {
        String e = written.strip();
        if (e.toUpperCase(Locale.ROOT).matches("(?s).*\\b(BETWEEN|LIKE|ILIKE|SIMILAR|CASE|ANY|ALL|EXISTS|SELECT)\\b.*")) {
            throw new Unsupported("the check " + e + " (PostgreSQL keeps it as it re-prints it)");
        }
        Matcher m = IN_LIST.matcher(e);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String op = m.group(2) == null ? " = ANY (ARRAY[" : " <> ALL (ARRAY[";
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + op + m.group(3) + "])"));
        }
        m.appendTail(b);
        return b.toString().replace("!=", "<>");
    }

    private static ReferenceAction action(String sql) {
        return sql == null ? ReferenceAction.NO_ACTION : ReferenceAction.fromSql(sql);
    }

    private void createIndex(Cursor c) {
        boolean unique = c.accept("UNIQUE");
        c.expect("INDEX");
        if (c.accept("CONCURRENTLY")) {
            // makes no difference to the schema
        }
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        String name = c.at("ON") ? null : fold(c.peek().name(), c.next());
        c.expect("ON");
        c.accept("ONLY");
        List<String> tn = folded(c);
        S s = schemaOf(tn);
        if (s.views.containsKey(last(tn)) && !s.tables.containsKey(last(tn))) {
            materializedIndex(c, s, s.views.get(last(tn)), unique, name, ine);
            return;
        }
        T t = table(tn);
        String method = "btree";
        if (c.accept("USING")) method = c.next().text().toLowerCase(Locale.ROOT);
        PgExprIndexNulls.Keys keys = PgExprIndexNulls.strip(c);
        List<TableDef.KeyPart> parts = TableDef.parts(keys.keys());
        c.i = keys.next();
        List<String> cols = new ArrayList<>();
        List<IndexPart> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            TableDef.KeyPart p = parts.get(k);
            Attrs nulls = keys.attrs(k, p.desc());
            if (p.collate() != null && p.column() == null) throw new Unsupported("an index expression with a collation");
            if (p.column() != null && (p.opclass() != null || p.collate() != null)) {
                String n = columnName(t, p.column());
                Attrs pa = nulls;
                if (p.opclass() != null) {
                    String oc = p.opclass().toLowerCase(Locale.ROOT);
                    String ct = t.columns.get(t.column(n)).type().name();
                    boolean text = ct.equals("text") || ct.equals("character varying");
                    // the default operator class of the method and type leaves no trace; the others are named in the catalog
                    boolean isDefault = oc.equals("text_ops") && text && (method.equals("btree") || method.equals("hash"))
                            || oc.equals("array_ops") && method.equals("gin") && ct.endsWith("[]")
                            || oc.equals("jsonb_ops") && method.equals("gin") && ct.equals("jsonb");
                    boolean known = List.of("text_pattern_ops", "varchar_pattern_ops").contains(oc) && text && method.equals("btree")
                            || oc.equals("jsonb_path_ops") && method.equals("gin") && ct.equals("jsonb")
                            || trigramOpClass(oc, method, ct);
                    if (!isDefault && !known) throw new Unsupported("the operator class " + oc + " (PostgreSQL may name it otherwise)");
                    if (known) pa = pa.with(new io.atlas4j.postgres.PgOpClass(oc));
                }
                if (p.collate() != null) {
                    String coll = p.collate();
                    if (!List.of("C", "POSIX").contains(coll)) throw new Unsupported("the index collation " + coll);
                    pa = pa.with(new io.atlas4j.schema.Collation(coll));
                }
                cols.add(n);
                out.add(new IndexPart.OfColumn(n, p.desc(), pa));
                continue;
            }
            if (p.column() == null) {
                String e = p.expr().strip();
                // an operator class after the expression: (lower(name)) text_pattern_ops
                Matcher oc = Pattern.compile("(?s)(.*\\))\\s+([A-Za-z_][A-Za-z0-9_]*)").matcher(e);
                String opclass = null;
                if (oc.matches() && balanced(oc.group(1)) && oc.group(2).toLowerCase(Locale.ROOT).endsWith("_ops")) {
                    e = oc.group(1).strip();
                    opclass = oc.group(2).toLowerCase(Locale.ROOT);
                }
                String[] exprType = new String[1];
                String printed = PgExprPrinter.printAs(e, true, n -> {
                    for (Column col : t.columns) if (col.name().equals(n)) return types.format(col.type());
                    return null;
                }, kinds::get, x -> types.format(type(s, x)), null, PgExprRoutines.of(schemas.get("public").objects.values()), exprType);
                Attrs pa = nulls;
                if (opclass != null) {
                    boolean text = exprType[0].equals("text") || exprType[0].equals("character varying");
                    boolean isDefault = opclass.equals("text_ops") && text && (method.equals("btree") || method.equals("hash"));
                    boolean known = List.of("text_pattern_ops", "varchar_pattern_ops").contains(opclass) && text && method.equals("btree")
                            || trigramOpClass(opclass, method, exprType[0]);
                    if (!isDefault && !known) throw new Unsupported("the operator class " + opclass + " (PostgreSQL may name it otherwise)");
                    if (known) pa = pa.with(new io.atlas4j.postgres.PgOpClass(opclass));
                }
                // pg_get_indexdef wraps all but a bare function call in parentheses
                boolean call = printed.matches("(?s)(\"?[A-Za-z_][A-Za-z0-9_]*\"?)\\(.*\\)") && balanced(printed.substring(printed.indexOf('(') + 1, printed.length() - 1));
                // the name an unnamed index takes from the written expression (a column, a call, a cast's argument, CASE)
                String colname = PgViewColumnNames.indexColumn(e);
                cols.add(colname);
                out.add(new IndexPart.OfExpr(call ? printed : "(" + printed + ")", p.desc(), pa));
                continue;
            }
            String n = columnName(t, p.column());
            cols.add(n);
            out.add(new IndexPart.OfColumn(n, p.desc(), nulls));
        }
        List<String> include = new ArrayList<>();
        if (c.accept("INCLUDE")) {
            for (TableDef.KeyPart p : TableDef.parts(c)) {
                if (p.column() == null || p.desc() || p.opclass() != null || p.collate() != null) throw new Unsupported("an INCLUDE part that is not a column");
                include.add(PgIdent.quote(columnName(t, p.column())));
            }
        }
        boolean nullsNotDistinct = false;
        if (c.accept("NULLS", "NOT", "DISTINCT")) nullsNotDistinct = true;
        else c.accept("NULLS", "DISTINCT");
        List<String> storage = new ArrayList<>();
        if (c.accept("WITH")) {
            for (int[] g : c.list()) {
                // reloptions keep each parameter as name=value, the name in lower case and the value as written
                if (g[1] - g[0] != 3 || !c.t.get(g[0] + 1).is("=")) throw new Unsupported("an index storage parameter other than name = value");
                Token v = c.t.get(g[0] + 2);
                String value = v.kind() == Token.Kind.STRING ? v.text().substring(1, v.text().length() - 1) : v.text();
                storage.add(c.t.get(g[0]).name().toLowerCase(Locale.ROOT) + "=" + value);
            }
        }
        String predicate = null;
        if (c.accept("WHERE")) {
            String written = c.text(c.i, c.t.size());
            try {
                predicate = expr(s, t, written, true, null);
            } catch (Unsupported e) {
                predicate = PgPredicates.print(written, n -> t.columns.get(t.column(columnName(t, n))));
            }
            c.i = c.t.size();
        }
        if (!c.done()) throw new Unsupported("the index clause \"" + c.peek().text() + "\" (PostgreSQL re-prints predicates and options)");
        if (name == null) name = uniqueName(s, t.name, cols, "idx");
        if (taken(s, name)) {
            if (ine) return;
            throw new Unsupported("the name " + name + " is taken already");
        }
        Attrs a = method.equals("btree") ? Attrs.EMPTY : Attrs.of(new PgIndexMethod(method));
        if (predicate != null) a = a.with(new io.atlas4j.schema.IndexPredicate(predicate));
        if (!include.isEmpty()) a = a.with(new io.atlas4j.postgres.PgIndexInclude(include));
        if (nullsNotDistinct) a = a.with(new PgNullsNotDistinct());
        if (!storage.isEmpty()) a = a.with(new io.atlas4j.postgres.PgStorageParameters(storage));
        t.indexes.add(new Index(name, unique, out, a));
    }

    private void createType(Cursor c) {
        List<String> n = folded(c);
        S s = schemaOf(n);
        c.expect("AS");
        if (c.at("(")) {
            createComposite(c, s, last(n));
            return;
        }
        if (!c.accept("ENUM")) throw new Unsupported("a type other than an enum or a composite");
        List<String> values = new ArrayList<>();
        for (int[] g : c.list()) {
            Token v = c.t.get(g[0]);
            if (v.kind() != Token.Kind.STRING || g[1] - g[0] != 1) throw new Unsupported("an enum label that is not a string");
            values.add(v.text().substring(1, v.text().length() - 1).replace("''", "'"));
        }
        String name = last(n);
        s.objects.put(name, new PgEnum(name, values, Attrs.EMPTY));
        kinds.put(s.name.equals("public") ? PgIdent.quote(name) : PgIdent.quote(s.name) + "." + PgIdent.quote(name), "enum");
        kinds.put(PgIdent.quote(name), "enum");
    }

    /** A composite type: its fields as {@code quote_ident(name) || ' ' || format_type(type)}. */
    private void createComposite(Cursor c, S s, String name) {
        if (taken(s, name)) throw new Unsupported("the name " + name + " is taken already");
        List<String> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int[] g : c.list()) {
            Cursor f = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            Token nt = f.next();
            if (!nt.isName() || f.done()) throw new Unsupported("a composite field without a name and a type");
            String field = fold(nt.name(), nt);
            if (names.contains(field)) throw new Unsupported("the field " + field + " twice");
            int from = f.i;
            while (!f.done() && !f.at("COLLATE")) f.i++;
            if (!f.done()) throw new Unsupported("a composite field with a collation");
            names.add(field);
            fields.add(PgIdent.quote(field) + " " + types.format(type(s, f.text(from, f.i))));
        }
        if (!c.done()) throw new Unsupported("the type clause \"" + c.peek().text() + "\"");
        s.objects.put(name, new io.atlas4j.postgres.PgCompositeType(name, fields, Attrs.EMPTY));
        kinds.put(s.name.equals("public") ? PgIdent.quote(name) : PgIdent.quote(s.name) + "." + PgIdent.quote(name), "composite");
        kinds.put(PgIdent.quote(name), "composite");
    }

    /**
     * {@return a routine's argument or result type as format_type names it}: besides the column types, the row
     * type of a table or view of schema public, by its name.
     */
    private String routineType(S s, String written) {
        String w = written.strip();
        boolean array = w.endsWith("[]");
        String base = array ? w.substring(0, w.length() - 2).strip() : w;
        List<Token> tokens = Lexer.tokens(base, false);
        if (tokens.size() == 1 && tokens.get(0).isName() || tokens.size() == 3 && tokens.get(1).is(".") && tokens.get(0).name().equalsIgnoreCase(s.name)) {
            Token nt = tokens.get(tokens.size() - 1);
            String n = fold(nt.name(), nt);
            if (kinds.get(PgIdent.quote(n)) == null && types.parse(n) instanceof io.atlas4j.schema.type.UnsupportedType
                    && !extensionTypes.contains(n) && (s.tables.containsKey(n) || s.views.containsKey(n))) {
                return PgIdent.quote(n) + (array ? "[]" : "");
            }
        }
        return types.format(type(s, written));
    }

    /** A view as the inspector reads it: its query as {@code pg_get_viewdef(oid, true)} prints it. */
    private void createView(Cursor c) {
        boolean replace = c.accept("OR", "REPLACE");
        boolean materialized = c.accept("MATERIALIZED");
        c.expect("VIEW");
        boolean ine = materialized && c.accept("IF", "NOT", "EXISTS");
        viewLayout("a view");
        List<String> n = folded(c);
        S s = schemaOf(n);
        String name = last(n);
        if (ine && taken(s, name)) return;
        List<String> names = new ArrayList<>();
        if (c.at("(")) {
            for (int[] g : c.list()) {
                Token col = c.t.get(g[0]);
                if (g[1] - g[0] != 1 || !col.isName()) throw new Unsupported("a view column list entry that is not a name");
                names.add(fold(col.name(), col));
            }
            if (new java.util.HashSet<>(names).size() != names.size()) throw new Unsupported("a view column list naming a column twice");
        }
        if (!c.accept("AS")) throw new Unsupported("a view with options");
        int end = c.t.size();
        // a materialized view is filled or not: the catalog keeps the same definition either way
        if (materialized && end - c.i > 2 && c.t.get(end - 1).is("DATA") && c.t.get(end - 2).is("WITH")) end -= 2;
        else if (materialized && end - c.i > 3 && c.t.get(end - 1).is("DATA") && c.t.get(end - 2).is("NO") && c.t.get(end - 3).is("WITH")) end -= 3;
        String query = c.text(c.i, end);
        c.i = c.t.size();
        PgViews.Printed p = printQuery(s, query, names);
        io.atlas4j.schema.View old = s.views.get(name);
        if (old != null) {
            // CREATE OR REPLACE VIEW may only add columns at the end; the comment stays
            List<PgViews.Col> had = s.viewColumns.get(name);
            if (!replace || p.columns().size() < had.size() || !p.columns().subList(0, had.size()).equals(had)) {
                throw new Unsupported("view " + name + " exists already");
            }
        } else if (taken(s, name)) {
            throw new Unsupported("the name " + name + " is taken already");
        }
        Attrs va = old == null ? Attrs.EMPTY : old.attrs();
        if (materialized) va = va.with(new io.atlas4j.postgres.PgMaterialized(List.of()));
        s.views.put(name, new io.atlas4j.schema.View(name, p.definition(), List.of(), va));
        s.viewColumns.put(name, p.columns());
    }

    /** An index of a materialized view, kept as {@code pg_get_indexdef} prints it: plain columns only. */
    private void materializedIndex(Cursor c, S s, io.atlas4j.schema.View v, boolean unique, String name, boolean ine) {
        var m = v.attrs().get(io.atlas4j.postgres.PgMaterialized.class).orElseThrow(() -> new Unsupported("an index on a view that is not materialized"));
        if (c.accept("USING") && !c.next().is("btree")) throw new Unsupported("an index method other than btree on a materialized view");
        List<String> cols = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        List<PgViews.Col> have = s.viewColumns.get(v.name());
        for (TableDef.KeyPart p : TableDef.parts(c)) {
            if (p.column() == null || p.opclass() != null || p.collate() != null || p.length() != null) {
                throw new Unsupported("an index part of a materialized view PostgreSQL would re-print");
            }
            String col = p.column().equals(p.column().toLowerCase(Locale.ROOT)) || have.stream().noneMatch(x -> x.name().equals(p.column()))
                    ? p.column().toLowerCase(Locale.ROOT) : p.column();
            if (have.stream().noneMatch(x -> x.name().equals(col))) throw new Unsupported("column " + col + " of materialized view " + v.name());
            cols.add(col);
            printed.add(PgIdent.quote(col) + (p.desc() ? " DESC" : ""));
        }
        if (!c.done()) throw new Unsupported("the index clause \"" + c.peek().text() + "\" on a materialized view");
        String n = name == null ? uniqueName(s, v.name(), cols, "idx") : name;
        if (taken(s, n) || m.indexes().stream().anyMatch(d -> d.contains(" INDEX " + PgIdent.quote(n) + " "))) {
            if (ine) return;
            throw new Unsupported("the name " + n + " is taken already");
        }
        List<String> defs = new ArrayList<>(m.indexes());
        defs.add("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + PgIdent.quote(n) + " ON " + PgIdent.quote(v.name()) + " USING btree (" + String.join(", ", printed) + ")");
        s.views.put(v.name(), new io.atlas4j.schema.View(v.name(), v.definition(), v.dependsOn(), v.attrs().with(new io.atlas4j.postgres.PgMaterialized(defs, m.indexComments()))));
    }

    /** A row-level security policy: roles as quote_ident names them, USING and WITH CHECK as {@code pg_get_expr} prints them. */
    private void createPolicy(Cursor c) {
        String policy = fold(c.peek().name(), c.next());
        c.expect("ON");
        List<String> tn = folded(c);
        S s = schemaOf(tn);
        T t = table(tn);
        boolean permissive = true;
        if (c.accept("AS")) {
            if (c.accept("RESTRICTIVE")) permissive = false;
            else c.expect("PERMISSIVE");
        }
        String command = "ALL";
        if (c.accept("FOR")) {
            command = c.next().upper();
            if (!List.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE").contains(command)) throw new Unsupported("FOR " + command);
        }
        List<String> roles = new ArrayList<>();
        if (c.accept("TO")) {
            do {
                Token r = c.next();
                if (r.is("PUBLIC")) roles.add("PUBLIC");
                else if (r.is("CURRENT_USER") || r.is("SESSION_USER") || r.is("CURRENT_ROLE")) throw new Unsupported("a policy for " + r.text() + " (the role is the server's)");
                else roles.add(PgIdent.quote(fold(r.name(), r)));
            } while (c.accept(","));
        } else {
            roles.add("PUBLIC");
        }
        Optional<String> using = Optional.empty();
        Optional<String> check = Optional.empty();
        if (c.accept("USING")) using = Optional.of(expr(s, t, TableDef.group(c), false, null));
        if (c.accept("WITH", "CHECK")) check = Optional.of(expr(s, t, TableDef.group(c), false, null));
        if (!c.done()) throw new Unsupported("the policy clause \"" + c.peek().text() + "\"");
        String key = "policy " + t.name + "." + policy;
        if (s.objects.containsKey(key)) throw new Unsupported("policy " + policy + " exists already");
        s.objects.put(key, new io.atlas4j.postgres.PgPolicy(t.name + "." + policy, t.name, policy, permissive, command, roles, using, check, Attrs.EMPTY));
    }

    /** A domain as the inspector reads it: base type, NOT NULL, default as {@code pg_get_expr} and checks as {@code pg_get_constraintdef} print them. */
    private void createDomain(Cursor c) {
        List<String> n = folded(c);
        S s = schemaOf(n);
        String name = last(n);
        if (taken(s, name)) throw new Unsupported("the name " + name + " is taken already");
        c.accept("AS");
        java.util.Set<String> clauses = java.util.Set.of("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");
        int from = c.until(clauses);
        String written = c.text(from, c.i);
        if (written.isBlank()) throw new Unsupported("a domain without a base type");
        ColumnType base = type(s, written);
        String label = types.format(base);
        boolean notNull = false;
        Optional<String> dflt = Optional.empty();
        List<String> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (!c.done()) {
            String constraint = null;
            if (c.accept("CONSTRAINT")) constraint = fold(c.peek().name(), c.next());
            if (c.accept("COLLATE")) {
                throw new Unsupported("a domain collation");
            } else if (c.accept("DEFAULT")) {
                int f = c.i;
                c.until(clauses);
                String e = c.text(f, c.i);
                dflt = defaultExpr(s, null, name, e, base).map(io.atlas4j.schema.Expr::sql);
            } else if (c.accept("NOT", "NULL")) {
                notNull = true;
            } else if (c.accept("NULL")) {
                notNull = false;
            } else if (c.accept("CHECK")) {
                if (!c.at("(")) throw new Unsupported("a domain check without parentheses");
                String e = TableDef.group(c);
                java.util.Collection<SchemaObject> publicObjects = schemas.get("public").objects.values();
                String printed = PgExprPrinter.printAs(e, true, col -> col.equals("VALUE") ? label : null, PgExprRoutines.userTypes(kinds::get, publicObjects),
                        w -> types.format(type(s, w)), null, PgExprRoutines.of(publicObjects));
                String k = constraint;
                if (k == null) {
                    k = PgNames.choose(name, List.of(), "check");
                    for (int i = 1; names.contains(k) || taken(s, k); i++) k = PgNames.choose(name, List.of(), "check" + i);
                }
                if (names.contains(k)) throw new Unsupported("the domain constraint name " + k + " twice");
                names.add(k);
                String suffix = "";
                if (c.accept("NOT", "VALID")) suffix = " NOT VALID";
                checks.add(k + ": CHECK (" + printed + ")" + suffix);
            } else {
                throw new Unsupported("the domain clause \"" + c.peek().text() + "\"");
            }
        }
        s.objects.put(name, new io.atlas4j.postgres.PgDomain(name, label, notNull, dflt, checks, Attrs.EMPTY));
        kinds.put(s.name.equals("public") ? PgIdent.quote(name) : PgIdent.quote(s.name) + "." + PgIdent.quote(name), "domain");
        kinds.put(PgIdent.quote(name), "domain");
    }

    private void createSequence(Cursor c) {
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        List<String> n = folded(c);
        S s = schemaOf(n);
        String name = last(n);
        if (s.objects.containsKey(name)) {
            if (ine) return;
            throw new Unsupported("sequence " + name + " exists already");
        }
        String type = "bigint";
        long start = Long.MIN_VALUE;
        long inc = 1;
        Long min = null;
        Long max = null;
        long cache = 1;
        boolean cycle = false;
        String owned = null;
        while (!c.done()) {
            if (c.accept("AS")) type = types.format(type(s, c.next().text()));
            else if (c.accept("START", "WITH") || c.accept("START")) start = number(c);
            else if (c.accept("INCREMENT", "BY") || c.accept("INCREMENT")) inc = number(c);
            else if (c.accept("MINVALUE")) min = number(c);
            else if (c.accept("MAXVALUE")) max = number(c);
            else if (c.accept("NO", "MINVALUE") || c.accept("NO", "MAXVALUE") || c.accept("NO", "CYCLE")) {
                continue;
            } else if (c.accept("CACHE")) cache = number(c);
            else if (c.accept("CYCLE")) cycle = true;
            else if (c.accept("OWNED", "BY")) owned = String.join(".", folded(c));
            else throw new Unsupported("the sequence option \"" + c.peek().text() + "\"");
        }
        long typeMax = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        if (inc < 0) throw new Unsupported("a descending sequence");
        long mn = min == null ? 1 : min;
        long mx = max == null ? typeMax : max;
        long st = start == Long.MIN_VALUE ? mn : start;
        s.objects.put(name, new PgSequence(name, type, st, inc, mn, mx, cache, cycle, Optional.empty(), Attrs.EMPTY));
        if (owned != null && !owned.equalsIgnoreCase("NONE")) s.owned.put(name, owned);
    }

    private static long number(Cursor c) {
        boolean neg = c.accept("-");
        Token t = c.next();
        if (t.kind() != Token.Kind.NUMBER) throw new Unsupported("a sequence option that is not a number");
        return neg ? -Long.parseLong(t.text()) : Long.parseLong(t.text());
    }

    private void alterSequence(Cursor c) {
        c.accept("IF", "EXISTS");
        List<String> n = folded(c);
        S s = schemaOf(n);
        if (!(s.objects.get(last(n)) instanceof PgSequence)) throw new Unsupported("ALTER of a sequence the SQL does not create");
        if (c.accept("OWNED", "BY")) {
            String owner = String.join(".", folded(c));
            if (owner.equalsIgnoreCase("none")) s.owned.remove(last(n));
            else s.owned.put(last(n), owner);
            if (c.done()) return;
        } else if (c.accept("OWNER", "TO")) {
            return;
        }
        throw new Unsupported("this ALTER SEQUENCE form");
    }

    private void alterTable(Cursor c) {
        c.accept("IF", "EXISTS");
        boolean only = c.accept("ONLY");
        List<String> tn = folded(c);
        S s = schemaOf(tn);
        T t = table(tn);
        do {
            if (c.accept("OWNER", "TO")) {
                c.next();
            } else if (c.accept("ENABLE", "ROW", "LEVEL", "SECURITY") || c.accept("FORCE", "ROW", "LEVEL", "SECURITY")) {
                boolean force = c.t.get(c.i - 4).is("FORCE");
                var rls = t.attrs.get(io.atlas4j.postgres.PgRowSecurity.class);
                boolean enabled = !force || rls.map(io.atlas4j.postgres.PgRowSecurity::enabled).orElse(false);
                boolean forced = force || rls.map(io.atlas4j.postgres.PgRowSecurity::forced).orElse(false);
                t.attrs = t.attrs.with(new io.atlas4j.postgres.PgRowSecurity(enabled, forced));
            } else if (c.accept("DISABLE", "ROW", "LEVEL", "SECURITY") || c.accept("NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
                boolean disable = c.t.get(c.i - 4).is("DISABLE");
                var rls = t.attrs.get(io.atlas4j.postgres.PgRowSecurity.class);
                boolean enabled = !disable && rls.map(io.atlas4j.postgres.PgRowSecurity::enabled).orElse(false);
                boolean forced = disable && rls.map(io.atlas4j.postgres.PgRowSecurity::forced).orElse(false);
                // the inspector reads neither flag set as no row security at all
                t.attrs = enabled || forced ? t.attrs.with(new io.atlas4j.postgres.PgRowSecurity(enabled, forced))
                        : t.attrs.without(io.atlas4j.postgres.PgRowSecurity.class);
            } else if (t.children > 0 && !parentOnly(c, t, only)) {
                // columns and constraints reach the tables that inherit from this one
                throw new Unsupported("ALTER TABLE of a table with partitions or inheriting tables");
            } else if (c.accept("DROP", "COLUMN") || c.at("DROP") && !c.at("DROP", "CONSTRAINT") && c.accept("DROP")) {
                boolean ie = c.accept("IF", "EXISTS");
                Token nt = c.next();
                if (c.at("CASCADE")) throw new Unsupported("DROP COLUMN ... CASCADE");
                c.accept("RESTRICT");
                String n = fold(nt.name(), nt);
                if (indexOf(t, n) < 0 && ie) continue;
                dropColumn(s, t, n);
            } else if (usingIndex(c, s, t)) {
                continue;
            } else if (c.at("ADD", "CONSTRAINT") || c.at("ADD", "PRIMARY") || c.at("ADD", "UNIQUE") || c.at("ADD", "FOREIGN")
                    || c.at("ADD", "CHECK") || c.at("ADD", "EXCLUDE")) {
                c.next();
                TableDef.ConstraintDef k = TableDef.constraint(c);
                addConstraint(s, t, k);
            } else if (c.accept("ADD")) {
                c.accept("COLUMN");
                c.accept("IF", "NOT", "EXISTS");
                for (TableDef.ConstraintDef k : addColumn(s, t, TableDef.column(c))) addConstraint(s, t, k);
            } else if (c.accept("ALTER")) {
                c.accept("COLUMN");
                Token nt = c.next();
                int i = t.column(fold(nt.name(), nt));
                Column col = t.columns.get(i);
                if (c.accept("SET", "DEFAULT")) {
                    int from = c.i;
                    String e = TableDef.expr(c);
                    Optional<io.atlas4j.schema.Expr> d = defaultExpr(s, t, col.name(), e, col.type());
                    t.columns.set(i, col.withDefault(d));
                    if (from == c.i) throw new Unsupported("an empty default");
                } else if (c.accept("DROP", "DEFAULT")) {
                    t.columns.set(i, col.withDefault(Optional.empty()));
                } else if (c.accept("SET", "NOT", "NULL")) {
                    t.columns.set(i, col.withNullable(false));
                } else if (c.accept("DROP", "NOT", "NULL")) {
                    if (col.attrs().has(io.atlas4j.postgres.PgInheritedColumn.class)) throw new Unsupported("DROP NOT NULL of an inherited column");
                    t.columns.set(i, col.withNullable(true));
                } else {
                    throw new Unsupported("this ALTER COLUMN form");
                }
            } else {
                throw new Unsupported("this ALTER TABLE form");
            }
        } while (c.accept(","));
        if (!c.done()) throw new Unsupported("the ALTER TABLE clause \"" + c.peek().text() + "\"");
    }

    /**
     * {@return whether an ALTER TABLE clause on a table others inherit from (not a partitioned one) changes that
     * table alone}: keys and foreign keys are not inherited, and {@code ONLY} keeps a primary key's NOT NULL on the
     * table itself; a check is inherited, and the inspector reads an inherited check on the table that declares it.
     */
    private static boolean parentOnly(Cursor c, T t, boolean only) {
        if (t.partStrategy != null) return false;
        int save = c.i;
        try {
            if (!c.accept("ADD")) return false;
            if (c.accept("CONSTRAINT")) c.next();
            if (c.at("PRIMARY", "KEY")) return only && !c.at("PRIMARY", "KEY", "USING");
            if (c.at("UNIQUE") || c.at("FOREIGN", "KEY")) return !c.at("UNIQUE", "USING");
            return c.at("CHECK") && !only;
        } finally {
            c.i = save;
        }
    }

    /**
     * {@code ADD [CONSTRAINT name] {PRIMARY KEY | UNIQUE} USING INDEX index [deferral]}: the unique index becomes the
     * constraint's, renamed to the constraint's name; a primary key makes its columns NOT NULL.
     * {@return false, the cursor unmoved, when the clause is another one}
     */
    private boolean usingIndex(Cursor c, S s, T t) {
        int start = c.i;
        if (!c.accept("ADD")) return false;
        String name = null;
        if (c.accept("CONSTRAINT")) {
            Token nt = c.next();
            name = fold(nt.name(), nt);
        }
        boolean primary = c.accept("PRIMARY", "KEY");
        if (!primary && !c.accept("UNIQUE") || !c.accept("USING", "INDEX")) {
            c.i = start;
            return false;
        }
        Token it = c.next();
        String indexName = fold(it.name(), it);
        boolean deferrable = false;
        boolean deferred = false;
        while (c.at("DEFERRABLE") || c.at("NOT", "DEFERRABLE") || c.at("INITIALLY")) {
            if (c.accept("NOT", "DEFERRABLE")) deferrable = false;
            else if (c.accept("DEFERRABLE")) deferrable = true;
            else if (c.accept("INITIALLY", "DEFERRED")) deferred = true;
            else {
                c.accept("INITIALLY");
                c.expect("IMMEDIATE");
            }
        }
        // INITIALLY DEFERRED implies DEFERRABLE, as PostgreSQL reads it
        deferrable |= deferred;
        int at = -1;
        for (int i = 0; i < t.indexes.size(); i++) if (t.indexes.get(i).name().equals(indexName)) at = i;
        if (at < 0) throw new Unsupported("USING INDEX of an index the SQL does not create on " + t.name);
        Index x = t.indexes.get(at);
        if (!x.unique() || x.attrs().has(PgUniqueConstraint.class)) throw new Unsupported("USING INDEX of an index that is not a plain unique index");
        if (x.attrs().has(PgIndexMethod.class) || x.attrs().has(io.atlas4j.schema.IndexPredicate.class) || x.attrs().has(io.atlas4j.postgres.PgIndexInclude.class)
                || x.columnNames().isEmpty() || x.parts().stream().anyMatch(p -> p.descending() || !p.attrs().isEmpty())) {
            throw new Unsupported("USING INDEX of an index with expressions, a predicate, options or a sort order");
        }
        String constraint = name == null ? indexName : name;
        if (!constraint.equals(indexName) && taken(s, constraint)) throw new Unsupported("the name " + constraint + " is taken already");
        Attrs a = x.attrs().without(Comment.class);
        if (deferrable) a = a.with(new Deferrable(deferred));
        t.indexes.remove(at);
        if (primary) {
            if (t.pk.isPresent()) throw new Unsupported("a second primary key");
            for (String n : x.columnNames().orElseThrow()) t.columns.set(t.column(n), t.columns.get(t.column(n)).withNullable(false));
            t.pk = Optional.of(new Index(constraint, true, x.parts(), a));
        } else {
            t.indexes.add(at, new Index(constraint, true, x.parts(), a.with(new PgUniqueConstraint())));
        }
        return true;
    }

    /**
     * {@code DROP COLUMN}: PostgreSQL drops the keys, indexes and checks on the column with it, and the sequence
     * it owns. A column other objects may use (an inherited one, one another table's foreign key or a view may
     * read, one an expression index, a policy or a trigger may use) is refused.
     */
    private void dropColumn(S s, T t, String n) {
        int i = t.column(n);
        Column col = t.columns.get(i);
        if (col.attrs().has(io.atlas4j.postgres.PgInheritedColumn.class)) throw new Unsupported("DROP COLUMN of an inherited column");
        if (schemas.values().stream().anyMatch(x -> !x.views.isEmpty())) throw new Unsupported("DROP COLUMN where views may read the column");
        // generated columns and a key of the table's own foreign keys depend on the column: PostgreSQL drops or refuses
        if (t.columns.stream().anyMatch(x -> x.generated().isPresent())) throw new Unsupported("DROP COLUMN of a table with generated columns");
        if (t.fks.stream().anyMatch(f -> f.refTable().name().equals(t.name) && f.refColumns().contains(n))) {
            throw new Unsupported("DROP COLUMN of a column the table's own foreign key references");
        }
        for (S other : schemas.values()) {
            for (T o : other.tables.values()) {
                if (o != t && o.fks.stream().anyMatch(f -> f.refTable().name().equals(t.name))) throw new Unsupported("DROP COLUMN of a table other tables reference");
            }
            if (other.objects.values().stream().anyMatch(o -> o instanceof io.atlas4j.schema.Trigger tr && tr.table().equals(t.name)
                    || o instanceof io.atlas4j.postgres.PgPolicy p && p.table().equals(t.name))) {
                throw new Unsupported("DROP COLUMN of a table with triggers or policies");
            }
        }
        boolean hasExpr = t.indexes.stream().anyMatch(x -> x.columnNames().isEmpty() || x.attrs().has(io.atlas4j.schema.IndexPredicate.class));
        if (hasExpr || t.attrs.has(io.atlas4j.postgres.PgExcludes.class)) throw new Unsupported("DROP COLUMN of a table with expression, partial or EXCLUDE indexes");
        if (t.partKeys.contains(n)) throw new Unsupported("DROP COLUMN of a partition key column");
        if (t.pk.isPresent() && t.pk.get().columnNames().orElseThrow().contains(n)) t.pk = Optional.empty();
        t.indexes.removeIf(x -> x.columnNames().orElseThrow().contains(n));
        t.fks.removeIf(f -> f.columns().contains(n));
        t.checks.removeIf(k -> Lexer.tokens(k.expr(), false).stream().anyMatch(x -> x.isName() && fold(x.name(), x).equals(n)));
        t.columns.get(i).attrs().get(PgSerial.class).ifPresent(q -> s.objects.remove(q.sequence()));
        s.owned.entrySet().removeIf(e -> {
            boolean owned = e.getValue().equals(t.name + "." + n);
            if (owned) s.objects.remove(e.getKey());
            return owned;
        });
        t.columns.remove(i);
    }

    private void drop(Cursor c) {
        String kind = c.next().upper();
        if (kind.equals("MATERIALIZED") && c.accept("VIEW")) kind = "VIEW";
        boolean ie = c.accept("IF", "EXISTS");
        List<String> n = folded(c);
        if (c.accept("CASCADE")) throw new Unsupported("DROP ... CASCADE");
        c.accept("RESTRICT");
        if (!c.done()) throw new Unsupported("DROP of several objects");
        S s = schemas.get(n.size() >= 2 ? n.get(0) : "public");
        switch (kind) {
            case "TABLE" -> {
                T gone = s == null ? null : s.tables.get(last(n));
                if (gone != null && gone.children > 0) throw new Unsupported("DROP of a table with partitions or inheriting tables");
                if (gone != null) for (T parent : gone.parents) parent.children--;
                if ((s == null || s.tables.remove(last(n)) == null) && !ie) throw new Unsupported("DROP of a table the SQL does not create");
                if (s != null) s.objects.values().removeIf(o -> o instanceof io.atlas4j.schema.Trigger tr && tr.table().equals(last(n)));
            }
            case "INDEX" -> {
                boolean found = false;
                if (s != null) for (T t : s.tables.values()) found |= t.indexes.removeIf(i -> i.name().equals(last(n)) && !i.attrs().has(PgUniqueConstraint.class));
                if (!found && !ie) throw new Unsupported("DROP of an index the SQL does not create");
            }
            case "VIEW" -> {
                if (s != null && s.views.values().stream().anyMatch(v -> !v.name().equals(last(n)) && v.definition().matches("(?s).*\\b" + java.util.regex.Pattern.quote(PgIdent.quote(last(n))) + "\\b.*"))) {
                    throw new Unsupported("DROP of a view another view may read");
                }
                if ((s == null || s.views.remove(last(n)) == null) && !ie) throw new Unsupported("DROP of a view the SQL does not create");
                if (s != null) s.viewColumns.remove(last(n));
            }
            case "SEQUENCE", "TYPE" -> {
                if ((s == null || s.objects.remove(last(n)) == null) && !ie) throw new Unsupported("DROP of an object the SQL does not create");
            }
            default -> throw new Unsupported("DROP " + kind);
        }
    }

    private void comment(Cursor c) {
        if (c.accept("TABLE")) {
            List<String> tn = folded(c);
            T t = table(tn);
            c.expect("IS");
            t.attrs = withComment(t.attrs, c.next());
        } else if (c.accept("COLUMN")) {
            List<String> n = folded(c);
            T t = table(n.subList(0, n.size() - 1));
            int i = t.column(last(n));
            c.expect("IS");
            Column col = t.columns.get(i);
            t.columns.set(i, col.withAttrs(withComment(col.attrs(), c.next())));
        } else if (c.accept("TYPE") || c.accept("DOMAIN")) {
            List<String> n = folded(c);
            S s = schemaOf(n);
            c.expect("IS");
            Token value = c.next();
            SchemaObject o = s.objects.get(last(n));
            if (o instanceof PgEnum e) s.objects.put(last(n), new PgEnum(e.name(), e.values(), withComment(e.attrs(), value)));
            else if (o instanceof io.atlas4j.postgres.PgDomain d) {
                s.objects.put(last(n), new io.atlas4j.postgres.PgDomain(d.name(), d.baseType(), d.notNull(), d.defaultValue(), d.checks(), withComment(d.attrs(), value)));
            } else throw new Unsupported("COMMENT ON a type the SQL does not create");
        } else if (c.accept("VIEW")) {
            List<String> n = folded(c);
            S s = schemaOf(n);
            io.atlas4j.schema.View v = s.views.get(last(n));
            if (v == null) throw new Unsupported("COMMENT ON a view the SQL does not create");
            c.expect("IS");
            s.views.put(v.name(), new io.atlas4j.schema.View(v.name(), v.definition(), v.dependsOn(), withComment(v.attrs(), c.next())));
        } else if (c.accept("INDEX")) {
            List<String> n = folded(c);
            S s = schemaOf(n);
            c.expect("IS");
            Token value = c.next();
            boolean found = false;
            for (T t : s.tables.values()) {
                for (int i = 0; i < t.indexes.size(); i++) {
                    Index x = t.indexes.get(i);
                    if (x.name().equals(last(n)) && !x.attrs().has(PgUniqueConstraint.class)) {
                        t.indexes.set(i, x.withAttrs(withComment(x.attrs(), value)));
                        found = true;
                    }
                }
            }
            if (!found) found = commentMaterializedIndex(s, last(n), value);
            if (!found) throw new Unsupported("COMMENT ON an index the SQL does not create");
        } else if (c.accept("SCHEMA")) {
            Token nt = c.next();
            S s = schemas.get(fold(nt.name(), nt));
            if (s == null) throw new Unsupported("COMMENT ON a schema the SQL does not create");
            c.expect("IS");
            Token value = c.next();
            // the inspector reads public's own comment as none
            boolean standard = s.name.equals("public") && value.text().equals("'standard public schema'");
            s.attrs = standard ? s.attrs.without(Comment.class) : withComment(s.attrs, value);
        } else if (c.accept("EXTENSION")) {
            Token nt = c.next();
            String name = fold(nt.name(), nt);
            c.expect("IS");
            Token value = c.next();
            boolean found = false;
            for (S s : schemas.values()) {
                if (s.objects.get("extension " + name) instanceof io.atlas4j.postgres.PgExtension e) {
                    s.objects.put("extension " + name, new io.atlas4j.postgres.PgExtension(e.name(), e.version(), withComment(e.attrs(), value)));
                    found = true;
                }
            }
            if (!found) throw new Unsupported("COMMENT ON an extension the SQL does not create");
        } else if (c.at("FUNCTION") || c.at("PROCEDURE")) {
            String kind = c.next().upper().toLowerCase(Locale.ROOT);
            S s0 = schemas.get("public");
            String key = "function " + PgRoutines.signature(c, s0.name, kind.equals("procedure"), w -> routineType(s0, w));
            if (!(s0.objects.get(key) instanceof io.atlas4j.postgres.PgFunction f) || !f.kind().equals(kind)) {
                throw new Unsupported("COMMENT ON a " + kind + " the SQL does not create");
            }
            c.expect("IS");
            s0.objects.put(key, new io.atlas4j.postgres.PgFunction(f.name(), f.kind(), f.result(), f.definition(), withComment(f.attrs(), c.next())));
        } else if (c.accept("TRIGGER")) {
            Token nt = c.next();
            String name = fold(nt.name(), nt);
            c.expect("ON");
            List<String> tn = folded(c);
            S s = schemaOf(tn);
            T t = table(tn);
            String key = "trigger " + t.name + "." + name;
            if (!(s.objects.get(key) instanceof io.atlas4j.schema.Trigger tr)) throw new Unsupported("COMMENT ON a trigger the SQL does not create");
            c.expect("IS");
            s.objects.put(key, new io.atlas4j.schema.Trigger(tr.name(), tr.table(), tr.definition(), withComment(tr.attrs(), c.next())));
        } else if (c.accept("CONSTRAINT")) {
            Token nt = c.next();
            String name = fold(nt.name(), nt);
            c.expect("ON");
            if (c.at("DOMAIN")) throw new Unsupported("COMMENT ON a domain constraint");
            T t = table(folded(c));
            c.expect("IS");
            commentConstraint(t, name, c.next());
        } else {
            throw new Unsupported("COMMENT ON " + c.peek().text());
        }
        if (!c.done()) throw new Unsupported("the COMMENT clause \"" + c.peek().text() + "\"");
    }

    /** An index of a materialized view keeps its comment beside its definition, by index name. */
    private static boolean commentMaterializedIndex(S s, String index, Token value) {
        for (io.atlas4j.schema.View v : s.views.values()) {
            var m = v.attrs().get(io.atlas4j.postgres.PgMaterialized.class);
            if (m.isEmpty() || m.get().indexes().stream().noneMatch(d -> d.contains(" INDEX " + PgIdent.quote(index) + " ON "))) continue;
            Map<String, String> comments = new HashMap<>(m.get().indexComments());
            withComment(Attrs.EMPTY, value).get(Comment.class).ifPresentOrElse(k -> comments.put(index, k.text()), () -> comments.remove(index));
            s.views.put(v.name(), new io.atlas4j.schema.View(v.name(), v.definition(), v.dependsOn(),
                    v.attrs().with(new io.atlas4j.postgres.PgMaterialized(m.get().indexes(), comments))));
            return true;
        }
        return false;
    }

    /** A constraint's comment: on the key, foreign key or check of that name (the index of a key keeps its own). */
    private static void commentConstraint(T t, String name, Token value) {
        if (t.pk.isPresent() && t.pk.get().name().equals(name)) {
            t.pk = Optional.of(t.pk.get().withAttrs(withComment(t.pk.get().attrs(), value)));
            return;
        }
        for (int i = 0; i < t.indexes.size(); i++) {
            Index x = t.indexes.get(i);
            if (x.name().equals(name) && x.attrs().has(PgUniqueConstraint.class)) {
                t.indexes.set(i, x.withAttrs(withComment(x.attrs(), value)));
                return;
            }
        }
        for (int i = 0; i < t.fks.size(); i++) {
            ForeignKey f = t.fks.get(i);
            if (f.name().equals(name)) {
                t.fks.set(i, f.withAttrs(withComment(f.attrs(), value)));
                return;
            }
        }
        for (int i = 0; i < t.checks.size(); i++) {
            Check k = t.checks.get(i);
            if (k.name().equals(name)) {
                t.checks.set(i, new Check(k.name(), k.expr(), withComment(k.attrs(), value)));
                return;
            }
        }
        throw new Unsupported("COMMENT ON a constraint the SQL does not create");
    }

    private static Attrs withComment(Attrs a, Token value) {
        if (value.is("NULL")) return a.without(Comment.class);
        if (value.kind() != Token.Kind.STRING || !value.text().startsWith("'")) throw new Unsupported("a comment that is not a plain string");
        String text = value.text().substring(1, value.text().length() - 1).replace("''", "'");
        return text.isEmpty() ? a.without(Comment.class) : a.with(new Comment(text));
    }

    // ---------------------------------------------------------------- result

    private Schema schema(S s) {
        List<Table> tables = new ArrayList<>();
        Map<String, SchemaObject> objects = new LinkedHashMap<>(s.objects);
        for (T t : s.tables.values()) {
            List<Column> cols = new ArrayList<>();
            for (Column col : t.columns) {
                // a default nextval() of a sequence the column owns is a serial column, as the inspector reads it
                if (col.defaultValue().isPresent()) {
                    Matcher m = NEXTVAL.matcher(col.defaultValue().get().sql());
                    if (m.matches()) {
                        String seq = m.group(1);
                        String owner = s.owned.get(seq);
                        if (owner != null && owner.equals(t.name + "." + col.name())) {
                            col = col.withDefault(Optional.empty()).withAttrs(col.attrs().with(new PgSerial(seq)));
                            objects.remove(seq);
                        }
                    }
                }
                cols.add(col);
            }
            tables.add(new Table(t.name, cols, t.pk, t.indexes, t.fks, t.checks, t.attrs));
        }
        for (Map.Entry<String, String> e : s.owned.entrySet()) {
            SchemaObject o = objects.get(e.getKey());
            if (o instanceof PgSequence q) {
                objects.put(e.getKey(), new PgSequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(),
                        Optional.of(e.getValue()), q.attrs()));
            }
        }
        return new Schema(s.name, tables, new ArrayList<>(s.views.values()), new ArrayList<>(objects.values()), s.attrs);
    }
}
