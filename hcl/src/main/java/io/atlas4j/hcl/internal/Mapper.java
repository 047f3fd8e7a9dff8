package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Body;
import io.atlas4j.hcl.BodyItem;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclException;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.ListExpr;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
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
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaDialect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps checked schema files to atlas4j's model. Every attribute and block of a mapped body must be read by the
 * mapping; whatever is left unread (an object or option this slice does not map yet) is reported as an error with
 * its position, so nothing is dropped silently.
 */
public final class Mapper {
    private final Dialect dialect;
    private final Extras extras;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<BodyItem> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Ctx> mapped = new ArrayList<>();
    private Values values;
    /** Table name to schema name, for objects that name their table ({@code on = table.t}). */
    private final Map<String, String> tableSchemas = new LinkedHashMap<>();
    /** Name to kind ({@code enum}, {@code domain}, {@code composite}) of the user types the files declare. */
    final Map<String, Map<String, String>> userTypes = new LinkedHashMap<>();
    private final Set<String> schemaLabels = new java.util.HashSet<>();
    private String currentSchema = "";

    private Mapper(Dialect dialect, HclDialect hd) {
        this.dialect = dialect;
        this.extras = switch (hd) {
            case SQLITE -> new SqliteExtras();
            case POSTGRES -> new PgExtras();
            case MYSQL -> new MySqlExtras();
        };
    }

    /** {@return the realm the files describe} @throws HclException listing every checker and mapping error */
    public static Realm map(List<HclFile> files, Dialect dialect) {
        return map(files, dialect, Map.of());
    }

    /**
     * {@return the realm the files describe, with the given values of their input variables}
     *
     * @throws HclException listing every checker and mapping error, a variable without a value among them
     */
    public static Realm map(List<HclFile> files, Dialect dialect, Map<String, String> variables) {
        HclDialect hd = HclDialect.of(dialect.name());
        List<Diagnostic> errors = Checker.check(files, hd);
        if (!errors.isEmpty()) {
            throw new HclException(errors);
        }
        Mapper m = new Mapper(dialect, hd);
        m.values = new Values(files, variables, m.errors);
        return m.realm(files);
    }

    private Realm realm(List<HclFile> files) {
        List<Block> top = new ArrayList<>();
        for (HclFile f : files) {
            top.addAll(f.body().blocks());
        }
        Map<String, Block> schemaBlocks = new LinkedHashMap<>();
        Map<String, List<Block>> tables = new LinkedHashMap<>();
        Map<String, List<Block>> views = new LinkedHashMap<>();
        List<Block> objectBlocks = new ArrayList<>();
        for (Block b : top) {
            if (b.type().equals("table")) {
                tableSchemas.put(b.labels().get(b.labels().size() - 1), schemaOf(b));
            } else if (Set.of("enum", "domain", "composite").contains(b.type())) {
                userTypes.computeIfAbsent(schemaOf(b), k -> new LinkedHashMap<>()).put(b.labels().get(b.labels().size() - 1), b.type());
            } else if (b.type().equals("schema")) {
                schemaLabels.add(b.labels().get(0));
            }
        }
        for (Block b : top) {
            switch (b.type()) {
                case "variable":
                case "locals":
                    consumed.add(b);
                    break;
                case "schema":
                    schemaBlocks.put(b.labels().get(0), b);
                    tables.putIfAbsent(b.labels().get(0), new ArrayList<>());
                    views.putIfAbsent(b.labels().get(0), new ArrayList<>());
                    break;
                case "table":
                case "view":
                case "materialized":
                    (b.type().equals("table") ? tables : views).computeIfAbsent(schemaOf(b), k -> new ArrayList<>()).add(b);
                    break;
                default:
                    if (b.type().equals("trigger") || extras.objectBlocks().contains(b.type())) {
                        objectBlocks.add(b);
                    } else {
                        errors.add(new Diagnostic(b.defRange(), b.type() + " blocks are not mapped to atlas4j's schema model for "
                                + dialect.name() + " yet"));
                    }
            }
        }
        Map<String, List<SchemaObject>> objects = new LinkedHashMap<>();
        for (Block b : objectBlocks) {
            Ctx o = new Ctx(b);
            String schema = objectSchema(o);
            if (extras instanceof PgExtras pg) {
                pg.bind(dialect, userTypes.getOrDefault(schema, Map.of()));
            }
            SchemaObject obj = b.type().equals("trigger") ? trigger(o) : extras.object(o);
            if (obj != null) {
                objects.computeIfAbsent(schema, k -> new ArrayList<>()).add(obj);
            }
        }
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, Block> e : schemaBlocks.entrySet()) {
            Ctx s = new Ctx(e.getValue());
            Attrs attrs = Attrs.EMPTY;
            s.attr("name");
            Optional<String> comment = s.string("comment");
            if (comment.isPresent()) {
                attrs = attrs.with(new Comment(comment.get()));
            }
            if (extras instanceof MySqlExtras) {
                attrs = MySqlExtras.charset(s, attrs);
            }
            List<Table> ts = new ArrayList<>();
            currentSchema = e.getKey();
            for (Block t : tables.getOrDefault(e.getKey(), List.of())) {
                ts.add(table(new Ctx(t), e.getKey()));
            }
            List<View> vs = new ArrayList<>();
            for (Block v : views.getOrDefault(e.getKey(), List.of())) {
                vs.add(view(new Ctx(v), e.getKey()));
            }
            for (String orphan : objects.keySet()) {
                if (!schemaBlocks.containsKey(orphan)) {
                    errors.add(new Diagnostic(e.getValue().defRange(), "objects of schema \"" + orphan + "\" have no schema block"));
                }
            }
            Schema schema = new Schema(schemaName(s), ts, vs, objects.getOrDefault(e.getKey(), List.of()), attrs);
            schemas.add(SchemaDialect.tag(schema, dialect));
        }
        for (Ctx c : mapped) {
            for (BodyItem item : c.block.body().items()) {
                if (!consumed.contains(item)) {
                    if (item instanceof Attribute a) {
                        errors.add(new Diagnostic(a.nameRange(), "attribute \"" + a.name() + "\" of " + c.block.type()
                                + " is not mapped to atlas4j's schema model yet"));
                    } else {
                        Block b = (Block) item;
                        errors.add(new Diagnostic(b.defRange(), b.type() + " blocks in " + c.block.type()
                                + " are not mapped to atlas4j's schema model yet"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> {
                Range x = a.range(), y = b.range();
                int c = x.file().compareTo(y.file());
                return c != 0 ? c : x.line() != y.line() ? Integer.compare(x.line(), y.line()) : Integer.compare(x.column(), y.column());
            });
            throw new HclException(errors);
        }
        return new Realm(schemas, Attrs.EMPTY);
    }

    /** {@return the label of the schema a table, view or object block names with {@code schema = schema.x}} */
    private static String schemaOf(Block b) {
        return b.body().attribute("schema").map(a -> ((TraversalExpr) a.value()).names().get(1)).orElse("");
    }

    /** {@return the schema of an object: its {@code schema} attribute, else the schema of the table it is {@code on}} */
    private String objectSchema(Ctx o) {
        Optional<Attribute> s = o.attr("schema");
        if (s.isPresent()) {
            return ((TraversalExpr) s.get().value()).names().get(1);
        }
        Optional<Attribute> on = o.block.body().attribute("on");
        if (on.isPresent() && on.get().value() instanceof TraversalExpr t && t.names().size() >= 2) {
            if (t.names().size() == 3) {
                return t.names().get(1);
            }
            String schema = tableSchemas.get(t.names().get(1));
            if (schema != null) {
                return schema;
            }
        }
        return tableSchemas.values().stream().findFirst().orElse("");
    }

    private String schemaName(Ctx s) {
        return s.string("name").orElse(s.label());
    }

    /** {@return the table an object is {@code on}: {@code table.t}, {@code view.v} or {@code table.s.t}} */
    static String onTable(Ctx o) {
        TraversalExpr t = (TraversalExpr) o.attr("on").orElseThrow().value();
        return t.names().get(t.names().size() - 1);
    }

    private SchemaObject trigger(Ctx t) {
        String table = onTable(t);
        Optional<String> definition = t.string("definition");
        Attrs attrs = t.baseAttrs();
        String def = definition.orElseGet(() -> extras.triggerDefinition(t, table));
        return new Trigger(extras.triggerName(table, t.label()), table, def, attrs);
    }

    private Table table(Ctx t, String schema) {
        t.attr("schema");
        List<Column> cols = new ArrayList<>();
        for (Ctx c : t.children("column")) {
            cols.add(column(c));
        }
        Optional<Index> pk = Optional.empty();
        for (Ctx p : t.children("primary_key")) {
            Attrs a = extras.primaryKey(t, p, Attrs.EMPTY);
            a = extras.index(p, a);
            pk = Optional.of(new Index(p.labelOr(""), true, parts(p), a));
        }
        List<Index> indexes = new ArrayList<>();
        for (Ctx i : t.children("index")) {
            indexes.add(index(i, i.bool("unique"), Attrs.EMPTY));
        }
        for (Ctx u : t.children("unique")) {
            indexes.add(index(u, true, extras.uniqueConstraint()));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (Ctx f : t.children("foreign_key")) {
            List<String> from = columnNames(f.list("columns"));
            QualifiedName ref = QualifiedName.of(t.label());
            List<String> to = new ArrayList<>();
            for (Expr e : f.list("ref_columns")) {
                List<String> n = ((TraversalExpr) e).names();
                to.add(n.get(n.size() - 1));
                if (n.size() == 4) {
                    ref = QualifiedName.of(n.get(1));
                } else if (n.size() == 5) {
                    ref = n.get(1).equals(schema) ? QualifiedName.of(n.get(2)) : QualifiedName.of(n.get(1), n.get(2));
                }
            }
            Attrs a = Attrs.EMPTY;
            if (f.bool("deferrable")) {
                a = a.with(new Deferrable(f.bool("initially_deferred")));
            }
            a = extras.foreignKey(f, a);
            fks.add(new ForeignKey(f.label(), from, ref, to, action(f, "on_update"), action(f, "on_delete"), a));
        }
        List<Check> checks = new ArrayList<>();
        for (Ctx c : t.children("check")) {
            Attrs a = c.string("comment").map(x -> Attrs.of(new Comment(x))).orElse(Attrs.EMPTY);
            checks.add(new Check(c.labelOr(""), c.string("expr").orElseThrow(), extras.check(c, a)));
        }
        Attrs attrs = Attrs.EMPTY;
        Optional<String> comment = t.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new Comment(comment.get()));
        }
        attrs = extras.table(t, attrs);
        return new Table(t.string("name").orElse(t.label()), cols, pk, indexes, fks, checks, attrs);
    }

    private Index index(Ctx i, boolean unique, Attrs a) {
        Optional<String> where = i.string("where");
        if (where.isPresent()) {
            a = a.with(new IndexPredicate(where.get()));
        }
        a = extras.index(i, a);
        return new Index(i.labelOr(""), unique, parts(i), a);
    }

    private Column column(Ctx c) {
        String spelling = extras.typeSpelling(c, typeSpelling(c.attr("type").orElseThrow().value()));
        ColumnType type = extras.parseType(c.block.body().attribute("type").orElseThrow().value(), spelling, dialect,
                userTypes.getOrDefault(currentSchema, Map.of()));
        boolean nullable = c.bool("null");
        Optional<io.atlas4j.schema.Expr> def = c.attr("default").map(a -> defaultExpr(a.value()));
        Attrs attrs = Attrs.EMPTY;
        Optional<String> comment = c.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new Comment(comment.get()));
        }
        Optional<String> collate = c.string("collate");
        if (collate.isPresent()) {
            attrs = attrs.with(new io.atlas4j.schema.Collation(collate.get()));
        }
        for (Ctx as : c.children("as")) {
            String kind = as.word("type").orElse("VIRTUAL").toUpperCase(Locale.ROOT);
            attrs = attrs.with(new Generated(as.string("expr").orElseThrow(), kind.equals("STORED")));
        }
        attrs = extras.column(c, attrs);
        return new Column(c.label(), type, nullable, def, attrs);
    }

    private List<IndexPart> parts(Ctx i) {
        List<IndexPart> parts = new ArrayList<>();
        for (String name : columnNames(i.list("columns"))) {
            parts.add(IndexPart.column(name));
        }
        for (Ctx on : i.children("on")) {
            boolean desc = on.bool("desc");
            Attrs a = Attrs.EMPTY;
            Optional<String> collate = on.string("collate");
            if (collate.isPresent()) {
                a = a.with(new io.atlas4j.schema.Collation(collate.get()));
            }
            a = extras.indexPart(on, a);
            Optional<Attribute> col = on.attr("column");
            if (col.isPresent()) {
                List<String> n = ((TraversalExpr) col.get().value()).names();
                parts.add(new IndexPart.OfColumn(n.get(n.size() - 1), desc, a));
            } else {
                parts.add(new IndexPart.OfExpr(on.string("expr").orElse(""), desc, a));
            }
        }
        return parts;
    }

    static List<String> columnNames(List<Expr> refs) {
        List<String> out = new ArrayList<>();
        for (Expr e : refs) {
            List<String> n = ((TraversalExpr) e).names();
            out.add(n.get(n.size() - 1));
        }
        return out;
    }

    private static ReferenceAction action(Ctx f, String name) {
        return f.word(name).map(w -> ReferenceAction.valueOf(w.toUpperCase(Locale.ROOT).replace(' ', '_')))
                .orElse(ReferenceAction.NO_ACTION);
    }

    private View view(Ctx v, String schema) {
        v.attr("schema");
        Attrs attrs = Attrs.EMPTY;
        Optional<String> comment = v.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new Comment(comment.get()));
        }
        List<QualifiedName> deps = new ArrayList<>();
        for (Expr e : v.list("depends_on")) {
            if (e instanceof TraversalExpr t && t.names().size() >= 2) {
                List<String> n = t.names();
                String name = n.get(n.size() - 1);
                deps.add(n.size() == 3 && !n.get(1).equals(schema) ? QualifiedName.of(n.get(1), name) : QualifiedName.of(name));
            }
        }
        attrs = extras.view(v, attrs);
        return new View(v.string("name").orElse(v.label()), extras.viewDefinition(v.string("as").orElseThrow()), deps, attrs);
    }

    /** {@return the dialect spelling of an HCL type: {@code double_precision} → {@code double precision}} */
    static String typeSpelling(Expr e) {
        if (e instanceof TraversalExpr t) {
            return t.names().get(t.names().size() - 1).replace('_', ' ');
        }
        CallExpr c = (CallExpr) e;
        if (c.name().equals("sql")) {
            return ((TemplateExpr) c.args().get(0)).literal().orElseThrow();
        }
        StringBuilder sb = new StringBuilder(c.name().replace('_', ' ')).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Expr a = c.args().get(i);
            if (a instanceof LiteralExpr l) {
                sb.append(((BigDecimal) l.value()).toPlainString());
            } else {
                sb.append('\'').append(((TemplateExpr) a).literal().orElseThrow().replace("'", "''")).append('\'');
            }
        }
        return sb.append(')').toString();
    }

    private io.atlas4j.schema.Expr defaultExpr(Expr e) {
        if (e instanceof CallExpr c && c.name().equals("sql")) {
            return Exprs.of(Values.text(values.eval(c.args().get(0))));
        }
        Object v = values.eval(e);
        if (v instanceof String s) {
            return new Literal("'" + s.replace("'", "''") + "'");
        }
        if (v instanceof BigDecimal n) {
            return new Literal(n.toPlainString());
        }
        return new Literal(v == null ? "NULL" : v.toString());
    }

    /** A mapped block; reading an attribute or child block marks it consumed. */
    public final class Ctx {
        final Block block;
        final Ctx parent;

        Ctx(Block block) {
            this(block, null);
        }

        Ctx(Block block, Ctx parent) {
            this.block = block;
            this.parent = parent;
            consumed.add(block);
            mapped.add(this);
        }

        String label() {
            return block.labels().isEmpty() ? "" : block.labels().get(block.labels().size() - 1);
        }

        String labelOr(String fallback) {
            return block.labels().isEmpty() ? fallback : label();
        }

        Optional<Attribute> attr(String name) {
            Optional<Attribute> a = block.body().attribute(name);
            a.ifPresent(consumed::add);
            return a;
        }

        /** {@return the value of an attribute: a literal, string, list, var.x, local.x or function call} */
        Optional<Object> value(String name) {
            return attr(name).map(a -> values.eval(a.value()));
        }

        boolean bool(String name) {
            return value(name).map(Boolean.TRUE::equals).orElse(false);
        }

        Optional<Boolean> optBool(String name) {
            return value(name).map(Boolean.TRUE::equals);
        }

        boolean peekBool(String name) {
            return block.body().attribute(name).map(a -> Boolean.TRUE.equals(values.eval(a.value()))).orElse(false);
        }

        Optional<Long> number(String name) {
            return value(name).map(v -> v instanceof BigDecimal n ? n.longValueExact() : Long.parseLong(Values.text(v).trim()));
        }

        Optional<String> string(String name) {
            return attr(name).map(a -> Values.text(values.eval(a.value())));
        }

        /** A bare word ({@code CASCADE}, {@code InnoDB}) or a string. */
        Optional<String> word(String name) {
            return attr(name).map(a -> a.value() instanceof TraversalExpr t && !Values.isValueRef(t)
                    ? t.dotted() : Values.text(values.eval(a.value())));
        }

        /** {@code sql("...")} or a string, as SQL text. */
        Optional<String> sqlOrString(String name) {
            return string(name);
        }

        /** The SQL spelling of a {@code type} attribute ({@code sql("...")}, {@code varchar(10)}, {@code integer}). */
        Optional<String> typeOf(String name) {
            return attr(name).map(a -> typeSpelling(a.value()));
        }

        List<Expr> list(String name) {
            return attr(name).map(a -> ((ListExpr) a.value()).items()).orElse(List.of());
        }

        /** A list of words or strings ({@code [PUBLIC]}, {@code ["a", "b"]}). */
        List<String> words(String name) {
            List<String> out = new ArrayList<>();
            for (Expr e : list(name)) {
                out.add(e instanceof TraversalExpr t && !Values.isValueRef(t) ? t.dotted() : Values.text(values.eval(e)));
            }
            return out;
        }

        List<Ctx> children(String type) {
            List<Ctx> out = new ArrayList<>();
            for (Block b : block.body().blocks(type)) {
                out.add(new Ctx(b, this));
            }
            return out;
        }

        String typeName() {
            return block.body().attribute("type").map(a -> typeSpelling(a.value())).orElse("").toLowerCase(Locale.ROOT);
        }

        Range range() {
            return block.defRange();
        }

        /** {@return the attributes every object may have: its {@code comment} and what it {@code depends_on}} */
        Attrs baseAttrs() {
            Attrs a = Attrs.EMPTY;
            Optional<String> comment = string("comment");
            if (comment.isPresent()) {
                a = a.with(new Comment(comment.get()));
            }
            List<QualifiedName> deps = new ArrayList<>();
            for (Expr e : list("depends_on")) {
                String n = e instanceof TraversalExpr t ? t.names().get(t.names().size() - 1) : Values.text(values.eval(e));
                int dot = n.indexOf('.');
                deps.add(dot > 0 && schemaLabels.contains(n.substring(0, dot)) ? QualifiedName.of(n.substring(0, dot), n.substring(dot + 1))
                        : QualifiedName.of(n));
            }
            return deps.isEmpty() ? a : a.with(new io.atlas4j.schema.DependsOn(deps));
        }

        /** Reports an error at this block. */
        void error(String message) {
            errors.add(new Diagnostic(block.defRange(), message));
        }
    }
}
