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
    private final Map<String, Object> variables = new LinkedHashMap<>();

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
        HclDialect hd = HclDialect.of(dialect.name());
        List<Diagnostic> errors = Checker.check(files, hd);
        if (!errors.isEmpty()) {
            throw new HclException(errors);
        }
        return new Mapper(dialect, hd).realm(files);
    }

    private Realm realm(List<HclFile> files) {
        List<Block> top = new ArrayList<>();
        for (HclFile f : files) {
            top.addAll(f.body().blocks());
        }
        for (Block b : top) {
            if (b.type().equals("variable")) {
                consumed.add(b);
                b.body().attribute("default").ifPresent(a -> variables.put(b.labels().get(0), literalValue(a.value())));
            }
        }
        Map<String, Block> schemaBlocks = new LinkedHashMap<>();
        Map<String, List<Block>> tables = new LinkedHashMap<>();
        Map<String, List<Block>> views = new LinkedHashMap<>();
        for (Block b : top) {
            switch (b.type()) {
                case "variable":
                    break;
                case "schema":
                    schemaBlocks.put(b.labels().get(0), b);
                    tables.putIfAbsent(b.labels().get(0), new ArrayList<>());
                    views.putIfAbsent(b.labels().get(0), new ArrayList<>());
                    break;
                case "table":
                case "view":
                    String schema = ((TraversalExpr) b.body().attribute("schema").orElseThrow().value()).names().get(1);
                    (b.type().equals("table") ? tables : views).computeIfAbsent(schema, k -> new ArrayList<>()).add(b);
                    break;
                default:
                    errors.add(new Diagnostic(b.defRange(), b.type() + " blocks are not mapped to atlas4j's schema model yet"));
            }
        }
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, Block> e : schemaBlocks.entrySet()) {
            Ctx s = new Ctx(e.getValue());
            Attrs attrs = Attrs.EMPTY;
            Optional<String> comment = s.string("comment");
            if (comment.isPresent()) {
                attrs = attrs.with(new Comment(comment.get()));
            }
            if (extras instanceof MySqlExtras) {
                attrs = MySqlExtras.charset(s, attrs);
            }
            List<Table> ts = new ArrayList<>();
            for (Block t : tables.getOrDefault(e.getKey(), List.of())) {
                ts.add(table(new Ctx(t), e.getKey()));
            }
            List<View> vs = new ArrayList<>();
            for (Block v : views.getOrDefault(e.getKey(), List.of())) {
                vs.add(view(new Ctx(v)));
            }
            Schema schema = new Schema(e.getKey(), ts, vs, List.of(), attrs);
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

    private Table table(Ctx t, String schema) {
        t.attr("schema");
        Map<String, Ctx> columns = new LinkedHashMap<>();
        List<Column> cols = new ArrayList<>();
        for (Ctx c : t.children("column")) {
            columns.put(c.label(), c);
            cols.add(column(c));
        }
        Optional<Index> pk = Optional.empty();
        for (Ctx p : t.children("primary_key")) {
            Attrs a = extras.primaryKey(t, p, Attrs.EMPTY);
            pk = Optional.of(new Index(p.labelOr(""), true, parts(p), a));
        }
        List<Index> indexes = new ArrayList<>();
        for (Ctx i : t.children("index")) {
            Attrs a = Attrs.EMPTY;
            Optional<String> where = i.string("where");
            if (where.isPresent()) {
                a = a.with(new IndexPredicate(where.get()));
            }
            a = extras.index(i, a);
            indexes.add(new Index(i.label(), i.bool("unique"), parts(i), a));
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
            fks.add(new ForeignKey(f.label(), from, ref, to, action(f, "on_update"), action(f, "on_delete"), Attrs.EMPTY));
        }
        List<Check> checks = new ArrayList<>();
        for (Ctx c : t.children("check")) {
            checks.add(new Check(c.labelOr(""), c.string("expr").orElseThrow(), Attrs.EMPTY));
        }
        Attrs attrs = Attrs.EMPTY;
        Optional<String> comment = t.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new Comment(comment.get()));
        }
        attrs = extras.table(t, attrs);
        return new Table(t.label(), cols, pk, indexes, fks, checks, attrs);
    }

    private Column column(Ctx c) {
        String spelling = extras.typeSpelling(c, typeSpelling(c.attr("type").orElseThrow().value()));
        ColumnType type = dialect.types().parse(spelling);
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
            Attrs a = extras.indexPart(on, Attrs.EMPTY);
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

    private static List<String> columnNames(List<Expr> refs) {
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

    private View view(Ctx v) {
        v.attr("schema");
        Attrs attrs = Attrs.EMPTY;
        Optional<String> comment = v.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new Comment(comment.get()));
        }
        return new View(v.label(), v.string("as").orElseThrow(), List.of(), attrs);
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
        if (e instanceof CallExpr c) {
            return Exprs.of(stringOf(c.args().get(0)));
        }
        Object v = literalValue(e);
        if (v instanceof String s) {
            return new Literal("'" + s.replace("'", "''") + "'");
        }
        if (v instanceof BigDecimal n) {
            return new Literal(n.toPlainString());
        }
        return new Literal(v == null ? "NULL" : v.toString());
    }

    private Object literalValue(Expr e) {
        if (e instanceof LiteralExpr l) {
            return l.value();
        }
        if (e instanceof TraversalExpr t && t.root().equals("var")) {
            return variables.get(t.names().get(1));
        }
        return stringOf(e);
    }

    private String stringOf(Expr e) {
        if (e instanceof TraversalExpr t) {
            Object v = variables.get(t.names().get(t.names().size() - 1));
            return v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v);
        }
        StringBuilder sb = new StringBuilder();
        for (Object p : ((TemplateExpr) e).parts()) {
            sb.append(p instanceof String s ? s : stringOf((Expr) p));
        }
        return sb.toString();
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
            return block.labels().get(block.labels().size() - 1);
        }

        String labelOr(String fallback) {
            return block.labels().isEmpty() ? fallback : label();
        }

        Optional<Attribute> attr(String name) {
            Optional<Attribute> a = block.body().attribute(name);
            a.ifPresent(consumed::add);
            return a;
        }

        boolean bool(String name) {
            return attr(name).map(a -> Boolean.TRUE.equals(((LiteralExpr) a.value()).value())).orElse(false);
        }

        boolean peekBool(String name) {
            return block.body().attribute(name).map(a -> Boolean.TRUE.equals(((LiteralExpr) a.value()).value())).orElse(false);
        }

        Optional<Long> number(String name) {
            return attr(name).map(a -> ((BigDecimal) ((LiteralExpr) a.value()).value()).longValueExact());
        }

        Optional<String> string(String name) {
            return attr(name).map(a -> stringOf(a.value()));
        }

        /** A bare word ({@code CASCADE}, {@code InnoDB}) or a string. */
        Optional<String> word(String name) {
            return attr(name).map(a -> a.value() instanceof TraversalExpr t && !t.root().equals("var")
                    ? t.dotted() : stringOf(a.value()));
        }

        Optional<String> sqlOrString(String name) {
            return attr(name).map(a -> a.value() instanceof CallExpr c ? stringOf(c.args().get(0)) : stringOf(a.value()));
        }

        List<Expr> list(String name) {
            return attr(name).map(a -> ((ListExpr) a.value()).items()).orElse(List.of());
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
    }
}
