package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Body;
import io.atlas4j.hcl.BodyItem;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.ListExpr;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks parsed schema files against {@link SchemaSpec} for one dialect and collects every error: unknown block
 * types and attributes, wrong label counts, missing required attributes, values of the wrong kind, unknown types
 * and references that resolve to nothing. Never stops at the first error.
 */
public final class Checker {
    private static final Set<String> ACTIONS = Set.of("CASCADE", "SET_NULL", "SET_DEFAULT", "RESTRICT", "NO_ACTION");

    private final HclDialect dialect;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> schemas = new TreeSet<>();
    private final Set<String> enums = new TreeSet<>();
    private final Map<String, Set<String>> userTypes = new HashMap<>();
    private final Set<String> locals = new TreeSet<>();
    private final Set<String> views = new TreeSet<>();
    private final Set<String> functions = new TreeSet<>();
    private final Set<String> variables = new TreeSet<>();
    private final Map<String, Set<String>> tableColumns = new HashMap<>();

    private Checker(HclDialect dialect) {
        this.dialect = dialect;
    }

    /** {@return every error in the files, in file and position order} */
    public static List<Diagnostic> check(List<HclFile> files, HclDialect dialect) {
        return check(files, dialect, SchemaSpec.root());
    }

    /** {@return every error in the files checked against another root spec (a project file's), in file and position order} */
    public static List<Diagnostic> check(List<HclFile> files, HclDialect dialect, BlockSpec root) {
        Checker c = new Checker(dialect);
        for (HclFile f : files) {
            c.collect(f.body());
        }
        for (HclFile f : files) {
            c.body(f.body(), root, null);
        }
        List<Diagnostic> out = new ArrayList<>(c.errors);
        out.sort(Comparator.comparing((Diagnostic d) -> d.range().file())
                .thenComparingInt(d -> d.range().line())
                .thenComparingInt(d -> d.range().column()));
        return out;
    }

    private void collect(Body body) {
        for (Block b : body.blocks()) {
            if (b.type().equals("locals")) {
                b.body().attributes().forEach(a -> locals.add(a.name()));
            }
            if (b.labels().isEmpty()) {
                continue;
            }
            String name = b.labels().get(b.labels().size() - 1);
            switch (b.type()) {
                case "schema":
                    schemas.add(name);
                    break;
                case "enum":
                    enums.add(name);
                    userTypes.computeIfAbsent("enum", k -> new TreeSet<>()).add(name);
                    break;
                case "domain":
                case "composite":
                    userTypes.computeIfAbsent(b.type(), k -> new TreeSet<>()).add(name);
                    break;
                case "view":
                case "materialized":
                    views.add(name);
                    break;
                case "function":
                case "procedure":
                case "aggregate":
                    functions.add(name);
                    break;
                case "variable":
                    variables.add(name);
                    break;
                case "table":
                    Set<String> cols = new LinkedHashSet<>();
                    for (Block c : b.body().blocks("column")) {
                        if (!c.labels().isEmpty()) {
                            cols.add(c.labels().get(0));
                        }
                    }
                    tableColumns.put(name, cols);
                    break;
                default:
                    break;
            }
        }
    }

    private void body(Body body, BlockSpec spec, String table) {
        Map<String, Attribute> seen = new HashMap<>();
        Map<String, Block> seenBlocks = new HashMap<>();
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a) {
                attribute(a, spec, table, seen);
            } else {
                Block b = (Block) item;
                BlockSpec child = spec.children.get(b.type());
                if (child == null) {
                    error(b.typeRange(), "unknown block type \"" + b.type() + "\""
                            + Suggest.didYouMean(b.type(), spec.children.keySet()));
                    continue;
                }
                int n = b.labels().size();
                if (n < child.minLabels || n > child.maxLabels) {
                    error(b.defRange(), b.type() + " block must have " + child.labelRule());
                } else if (n > 0 && !b.labels().stream().allMatch(String::isEmpty)) { // "" is an unnamed constraint
                    // names are unique per schema (tables, views, objects) or per table (triggers, policies, rules)
                    String scope = b.body().attribute("schema").or(() -> b.body().attribute("on"))
                            .map(a -> a.value() instanceof TraversalExpr t ? t.dotted() : "").orElse("");
                    // overloaded routines differ by their argument types
                    String args = b.body().attribute("args").map(a -> a.value() instanceof TemplateExpr t ? t.literal().orElse("") : "")
                            .orElse("");
                    String key = b.type() + " " + String.join(".", b.labels()) + " " + scope + " " + args;
                    Block prior = seenBlocks.putIfAbsent(key, b);
                    if (prior != null) {
                        error(b.defRange(), b.type() + " \"" + String.join(".", b.labels())
                                + "\" is defined twice (first at line " + prior.range().line() + ")");
                    }
                }
                if (child.open) {
                    continue;
                }
                String inner = table;
                if (b.type().equals("table") && n > 0) {
                    inner = b.labels().get(n - 1);
                } else if (b.type().equals("trigger") && b.body().attribute("on").map(a -> a.value()).orElse(null)
                        instanceof TraversalExpr on && on.root().equals("table")) {
                    inner = on.names().get(on.names().size() - 1);
                }
                body(b.body(), child, inner);
                for (Map.Entry<String, BlockSpec.AttrSpec> e : child.attrs.entrySet()) {
                    if (e.getValue().required() && e.getValue().dialects().contains(dialect)
                            && b.body().attribute(e.getKey()).isEmpty()) {
                        error(b.defRange(), "missing required attribute \"" + e.getKey() + "\" in block of type "
                                + b.type());
                    }
                }
            }
        }
    }

    private void attribute(Attribute a, BlockSpec spec, String table, Map<String, Attribute> seen) {
        BlockSpec.AttrSpec as = spec.attrs.get(a.name());
        if (as == null || !as.dialects().contains(dialect)) {
            List<String> known = new ArrayList<>();
            spec.attrs.forEach((k, v) -> {
                if (v.dialects().contains(dialect)) {
                    known.add(k);
                }
            });
            String where = spec.type.equals("file") ? "at the top level" : "in block of type " + spec.type;
            String why = as == null ? "" : " (not supported by " + dialect.name().toLowerCase(java.util.Locale.ROOT) + ")";
            error(a.nameRange(), "unknown attribute \"" + a.name() + "\" " + where + why
                    + (as == null ? Suggest.didYouMean(a.name(), known) : ""));
            return;
        }
        Attribute prior = seen.putIfAbsent(a.name(), a);
        if (prior != null) {
            error(a.nameRange(), "attribute \"" + a.name() + "\" is defined twice (first at line "
                    + prior.range().line() + ")");
            return;
        }
        value(a, as.kind(), table);
    }

    private void value(Attribute a, Kind kind, String table) {
        Expr v = a.value();
        switch (kind) {
            case ANY:
                return;
            case BOOL:
                if (computed(v)) {
                    return;
                }
                if (!(v instanceof LiteralExpr l && l.value() instanceof Boolean)) {
                    error(v.range(), "attribute \"" + a.name() + "\" must be true or false");
                }
                return;
            case NUMBER:
                if (computed(v)) {
                    return;
                }
                if (!(v instanceof LiteralExpr l && l.value() instanceof BigDecimal)) {
                    error(v.range(), "attribute \"" + a.name() + "\" must be a number");
                }
                return;
            case WORD:
                if (v instanceof TraversalExpr t && t.names().size() == 1) {
                    return;
                }
                string(a.name(), v);
                return;
            case WORDS:
                if (computed(v)) {
                    return;
                }
                if (v instanceof ListExpr l) {
                    for (Expr item : l.items()) {
                        if (!(item instanceof TraversalExpr t && t.names().size() == 1)) {
                            string(a.name(), item);
                        }
                    }
                } else {
                    error(v.range(), "attribute \"" + a.name() + "\" must be a list of names or strings");
                }
                return;
            case ON:
                if (v instanceof TraversalExpr t && t.names().size() >= 2 && t.names().size() <= 3
                        && (t.root().equals("table") || t.root().equals("view") || t.root().equals("materialized"))) {
                    String target = t.names().get(t.names().size() - 1);
                    Set<String> known = t.root().equals("table") ? tableColumns.keySet() : views;
                    if (!known.contains(target)) {
                        error(v.range(), "unknown " + t.root() + " reference " + t.dotted()
                                + Suggest.didYouMean(target, known).replace("mean ", "mean " + t.root() + "."));
                    }
                } else {
                    error(v.range(), "attribute \"" + a.name() + "\" must reference a table or view: table.<name>");
                }
                return;
            case TABLE_COLUMN:
                columnRef(v, table, true);
                return;
            case STRING:
                string(a.name(), v);
                return;
            case DEFAULT:
                if (v instanceof CallExpr c) {
                    call(c);
                } else if (v instanceof TraversalExpr t) {
                    variable(t);
                } else if (!(v instanceof LiteralExpr) && !(v instanceof TemplateExpr)) {
                    error(v.range(), "attribute \"" + a.name() + "\" must be a literal or sql(\"...\")");
                }
                return;
            case TYPE:
                if (a.name().equals("return") && v instanceof TraversalExpr t && t.names().size() == 1
                        && Set.of("trigger", "void", "record", "event_trigger").contains(t.root())) {
                    return; // pseudo-types a routine may return
                }
                type(v);
                return;
            case SCHEMA:
                if (v instanceof TraversalExpr t && t.names().size() == 2 && t.root().equals("schema")) {
                    if (!schemas.contains(t.names().get(1))) {
                        error(v.range(), "unknown schema reference " + t.dotted()
                                + Suggest.didYouMean(t.names().get(1), schemas).replace("mean ", "mean schema."));
                    }
                } else {
                    error(v.range(), "attribute \"" + a.name() + "\" must reference a schema: schema.<name>");
                }
                return;
            case ACTION:
                String action = v instanceof TraversalExpr t && t.names().size() == 1 ? t.root()
                        : v instanceof TemplateExpr s ? s.literal().orElse("").replace(' ', '_') : "";
                if (!ACTIONS.contains(action)) {
                    error(v.range(), "attribute \"" + a.name() + "\" must be one of " + new TreeSet<>(ACTIONS)
                            + Suggest.didYouMean(action, ACTIONS));
                }
                return;
            case COLUMN:
                columnRef(v, table, false);
                return;
            case COLUMNS:
            case REF_COLUMNS:
                if (v instanceof ListExpr l) {
                    if (l.items().isEmpty()) {
                        error(v.range(), "attribute \"" + a.name() + "\" must list at least one column");
                    }
                    for (Expr item : l.items()) {
                        columnRef(item, table, kind == Kind.REF_COLUMNS);
                    }
                } else {
                    error(v.range(), "attribute \"" + a.name() + "\" must be a list of column references");
                }
                return;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private void string(String name, Expr v) {
        if (v instanceof TemplateExpr t) {
            for (Object p : t.parts()) {
                if (p instanceof Expr e) {
                    valueExpr(e);
                }
            }
        } else if (computed(v)) {
            return;
        } else {
            error(v.range(), "attribute \"" + name + "\" must be a string");
        }
    }

    /** {@return true, after checking it, when the value is computed: var.x, local.x or a function call} */
    private boolean computed(Expr v) {
        if (v instanceof TraversalExpr t) {
            variable(t);
            return true;
        }
        if (v instanceof CallExpr c) {
            call(c);
            return true;
        }
        return false;
    }

    /** Checks any value expression: literals, strings, lists, objects, var.x, local.x and function calls. */
    private void valueExpr(Expr e) {
        if (e instanceof TraversalExpr t) {
            variable(t);
        } else if (e instanceof CallExpr c) {
            call(c);
        } else if (e instanceof TemplateExpr t) {
            string("value", t);
        } else if (e instanceof ListExpr l) {
            l.items().forEach(this::valueExpr);
        }
    }

    private void variable(TraversalExpr t) {
        if (t.names().size() == 2 && t.root().equals("var")) {
            if (!variables.contains(t.names().get(1))) {
                error(t.range(), "unknown variable " + t.dotted()
                        + Suggest.didYouMean(t.names().get(1), variables).replace("mean ", "mean var."));
            }
        } else if (t.names().size() == 2 && t.root().equals("local")) {
            if (!locals.contains(t.names().get(1))) {
                error(t.range(), "unknown local value " + t.dotted()
                        + Suggest.didYouMean(t.names().get(1), locals).replace("mean ", "mean local."));
            }
        } else {
            error(t.range(), "unexpected reference " + t.dotted() + " (a value, var.<name> or local.<name> is expected)");
        }
    }

    private void call(CallExpr c) {
        if (c.name().equals("sql")) {
            sqlCall(c);
            return;
        }
        if (!Values.FUNCTIONS.contains(c.name())) {
            Set<String> known = new TreeSet<>(Values.FUNCTIONS);
            known.add("sql");
            error(c.nameRange(), "unknown function \"" + c.name() + "\"" + Suggest.didYouMean(c.name(), known));
        }
        c.args().forEach(this::valueExpr);
    }

    private void sqlCall(CallExpr c) {
        if (!c.name().equals("sql")) {
            call(c);
        } else if (c.args().size() != 1) {
            error(c.range(), "sql() takes exactly one string argument");
        } else {
            string("sql", c.args().get(0));
        }
    }

    private void type(Expr v) {
        Set<String> names = TypeNames.of(dialect);
        String d = dialect.name().toLowerCase(java.util.Locale.ROOT);
        if (v instanceof CallExpr c) {
            if (c.name().equals("sql")) {
                sqlCall(c);
                return;
            }
            if (!names.contains(c.name())) {
                error(c.nameRange(), "unknown type \"" + c.name() + "\" for " + d + Suggest.didYouMean(c.name(), names));
            }
            for (Expr arg : c.args()) {
                if (!(arg instanceof LiteralExpr) && !(arg instanceof TemplateExpr)) {
                    error(arg.range(), "type arguments must be numbers or strings");
                }
            }
        } else if (v instanceof TraversalExpr t) {
            if (t.names().size() == 1) {
                if (!names.contains(t.root())) {
                    error(t.range(), "unknown type \"" + t.root() + "\" for " + d + Suggest.didYouMean(t.root(), names));
                }
            } else if (t.names().size() == 2 && Set.of("enum", "domain", "composite").contains(t.root())
                    && dialect == HclDialect.POSTGRES) {
                Set<String> known = userTypes.getOrDefault(t.root(), Set.of());
                if (!known.contains(t.names().get(1))) {
                    error(t.range(), "unknown " + t.root() + " reference " + t.dotted()
                            + Suggest.didYouMean(t.names().get(1), known).replace("mean ", "mean " + t.root() + "."));
                }
            } else {
                error(t.range(), "unexpected reference " + t.dotted() + " as a column type");
            }
        } else {
            error(v.range(), "a column type must be a type name, a call such as varchar(255), or sql(\"...\")");
        }
    }

    private void columnRef(Expr e, String table, boolean otherTable) {
        if (!(e instanceof TraversalExpr t)) {
            error(e.range(), "expected a column reference (column.<name>)");
            return;
        }
        List<String> n = t.names();
        String target;
        String column;
        if (n.size() == 2 && n.get(0).equals("column")) {
            target = table;
            column = n.get(1);
        } else if (otherTable && n.size() == 4 && n.get(0).equals("table") && n.get(2).equals("column")) {
            target = caseOf(n.get(1));
            column = n.get(3);
            if (!tableColumns.containsKey(target)) {
                error(t.range(), "unknown table reference table." + target
                        + Suggest.didYouMean(target, tableColumns.keySet()).replace("mean ", "mean table."));
                return;
            }
        } else if (otherTable && n.size() == 5 && n.get(0).equals("table") && n.get(3).equals("column")) {
            target = caseOf(n.get(2));
            column = n.get(4);
            if (!tableColumns.containsKey(target)) {
                error(t.range(), "unknown table reference table." + n.get(1) + "." + target);
                return;
            }
        } else {
            error(t.range(), "expected a column reference (column.<name>" + (otherTable ? " or table.<t>.column.<name>" : "")
                    + "), found " + t.dotted());
            return;
        }
        Set<String> cols = target == null ? Set.of() : tableColumns.getOrDefault(target, Set.of());
        if (!cols.contains(column) && !(dialect == HclDialect.SQLITE && cols.stream().anyMatch(column::equalsIgnoreCase))) {
            error(t.range(), "unknown column reference " + t.dotted() + " in table \"" + target + "\""
                    + Suggest.didYouMean(column, cols).replace("mean ", "mean column."));
        }
    }

    /** {@return the declared table name a reference means: SQLite matches table names ignoring case} */
    private String caseOf(String table) {
        if (dialect != HclDialect.SQLITE || tableColumns.containsKey(table)) {
            return table;
        }
        return tableColumns.keySet().stream().filter(table::equalsIgnoreCase).findFirst().orElse(table);
    }

    private void error(Range r, String message) {
        errors.add(new Diagnostic(r, message));
    }
}
