package io.atlas4j.offline.internal;

import io.atlas4j.postgres.internal.PgIdent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperatorType;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

/**
 * An expression as PostgreSQL's deparser ({@code ruleutils.c}) prints it back from the catalog: the implicit
 * casts operator resolution adds ({@code v::text} for a varchar, {@code 'a'::text} for a literal,
 * {@code 0::numeric}), {@code IN} lists as {@code = ANY (ARRAY[...])}, {@code BETWEEN} as two comparisons,
 * {@code LIKE} as {@code ~~}, and parentheses as the pretty mode ({@code pg_get_constraintdef(oid, true)},
 * index predicates and expressions) or the plain mode ({@code pg_get_expr(adbin, 0)}: defaults, generated
 * columns) places them. Only a small, typed subset is printed: columns of known types, literals, comparison,
 * arithmetic, regular expression and LIKE operators, a few functions and the date/time keywords; anything
 * else is {@link Unsupported}, since a guess would not be what the server prints.
 */
final class PgExprPrinter {
    /** The argument types of the min and max aggregates PostgreSQL has, which keep their argument's type. */
    private static final Set<String> MIN_MAX_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision",
            "text", "date", "timestamp without time zone", "timestamp with time zone", "time without time zone", "interval", "money");

    private static final Set<String> INTS = Set.of("smallint", "integer", "bigint");
    private static final Set<String> COMPARE = Set.of("=", "<>", "<", ">", "<=", ">=");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How a node binds, for the parentheses its parent gives it. */
    private enum Kind { ATOM, OP, AND, OR, NOT, TEST, ANY, SUBLINK }

    /** A function the same SQL creates: its identity argument types and its result type, as {@code format_type} spells them. */
    record Routine(List<String> args, String result) {
    }

    /** A printed node: its text, its type ({@code format_type} spelling without typmod; "unknown" for a bare string literal). */
    private record N(String sql, String type, Kind kind, String op, String literal) {
        static N atom(String sql, String type) {
            return new N(sql, type, Kind.ATOM, null, null);
        }
    }

    private final boolean pretty;
    private final java.util.function.Function<String, String> columns;
    private final java.util.function.Function<String, String> userTypes;
    private final java.util.function.Function<String, String> typeLabel;
    private final String written;
    /** In a view: {qualifier or null, folded column name} to {printed reference, type}, or null for an unknown one. */
    private java.util.function.Function<String[], String[]> refs;
    /** A subquery's text to its printed query (at the top indentation) and its one output column's type; throws {@link Unsupported}. */
    private java.util.function.Function<String, String[]> subqueries = q -> {
        throw refuse();
    };
    /** The functions of the public schema the SQL creates, by name. */
    private java.util.function.Function<String, List<Routine>> routines = n -> List.of();

    /**
     * @param pretty    the pretty mode (constraints, index parts and predicates) rather than the plain one (defaults)
     * @param columns   a written (already folded) column name to its type's {@code format_type} spelling; throws {@link Unsupported} for an unknown one
     * @param userTypes a type name to its kind ("enum", "domain") or null
     * @param typeLabel a written type to its {@code format_type} spelling; throws {@link Unsupported} for an unknown one
     */
    private PgExprPrinter(boolean pretty, java.util.function.Function<String, String> columns, java.util.function.Function<String, String> userTypes,
                          java.util.function.Function<String, String> typeLabel, String written) {
        this.pretty = pretty;
        this.columns = columns;
        this.userTypes = userTypes;
        this.typeLabel = typeLabel;
        this.written = written;
    }

    /**
     * {@return the expression as PostgreSQL prints it once coerced to {@code target} (a column's type): the
     * top-level coercion is implicit and not shown, but a bare literal becomes a constant of that type}
     */
    static String printAs(String written, boolean pretty, java.util.function.Function<String, String> columns, java.util.function.Function<String, String> userTypes,
                          java.util.function.Function<String, String> typeLabel, String target) {
        return printAs(written, pretty, columns, userTypes, typeLabel, target, n -> List.of());
    }

    /** As {@link #printAs(String, boolean, java.util.function.Function, java.util.function.Function, java.util.function.Function, String)}, with calls to the SQL's own functions. */
    static String printAs(String written, boolean pretty, java.util.function.Function<String, String> columns, java.util.function.Function<String, String> userTypes,
                          java.util.function.Function<String, String> typeLabel, String target, java.util.function.Function<String, List<Routine>> routines) {
        return printAs(written, pretty, columns, userTypes, typeLabel, target, routines, null);
    }

    /** As above, its type ({@code format_type} spelling without typmod) also put in {@code type[0]} when given. */
    static String printAs(String written, boolean pretty, java.util.function.Function<String, String> columns, java.util.function.Function<String, String> userTypes,
                          java.util.function.Function<String, String> typeLabel, String target, java.util.function.Function<String, List<Routine>> routines,
                          String[] type) {
        return printAs(written, pretty, columns, userTypes, typeLabel, target, routines, null, type);
    }

    /** As above, with the subqueries of {@code x IN (SELECT ...)} printed by {@code subqueries}. */
    static String printAs(String written, boolean pretty, java.util.function.Function<String, String> columns, java.util.function.Function<String, String> userTypes,
                          java.util.function.Function<String, String> typeLabel, String target, java.util.function.Function<String, List<Routine>> routines,
                          java.util.function.Function<String, String[]> subqueries, String[] type) {
        Expression e;
        try {
            e = CCJSqlParserUtil.parseExpression(PgExprLiterals.rewriteTypedLiterals(written), false);
        } catch (Exception | Error x) {
            throw new Unsupported("the expression " + written + " (JSqlParser cannot read it)");
        }
        PgExprPrinter p = new PgExprPrinter(pretty, columns, userTypes, typeLabel, written);
        p.routines = routines;
        if (subqueries != null) p.subqueries = subqueries;
        N n = p.node(e);
        if (target != null && n.type().equals("unknown")) n = p.constant(n.literal(), target);
        if (type != null) type[0] = n.type();
        return n.sql();
    }

    /** {@return the expression as pg_get_viewdef prints it inside a query: columns qualified as {@code refs} says; its type in {@code type[0]}} */
    static String printInQuery(Expression e, java.util.function.Function<String[], String[]> refs, java.util.function.Function<String, String> userTypes,
                               java.util.function.Function<String, String> typeLabel, String[] type) {
        PgExprPrinter p = new PgExprPrinter(true, n -> null, userTypes, typeLabel, e.toString());
        p.refs = refs;
        N n = p.node(e);
        if (n.type().equals("unknown")) n = p.constant(n.literal(), "text");
        type[0] = n.type();
        return n.sql();
    }

    /** {@return a type name without its modifiers} */
    static String base(String type) {
        return type.replaceAll("\\(\\d+(,\\d+)?\\)", "").strip();
    }

    private Unsupported refuse() {
        return new Unsupported("the expression " + written + " (PostgreSQL keeps it as it re-prints it)");
    }

    /** {@return the expression inside any parentheses around it} */
    static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof Parenthesis p) x = p.getExpression();
            else if (x instanceof ParenthesedExpressionList<?> l && l.size() == 1) x = l.get(0);
            else return x;
        }
    }

    private N node(Expression raw) {
        Expression e = unwrap(raw);
        if (e instanceof OrExpression || e instanceof AndExpression) {
            List<N> args = new ArrayList<>();
            operands((BinaryExpression) e, e.getClass(), args);
            return bool(e instanceof OrExpression ? Kind.OR : Kind.AND, args);
        }
        if (e instanceof NotExpression n) return not(node(n.getExpression()));
        if (e instanceof IsNullExpression n) {
            N x = node(n.getLeftExpression());
            if (n.isUseIsNull() || n.isUseNotNull()) throw refuse();
            return test(x, n.isNot() ? " IS NOT NULL" : " IS NULL");
        }
        if (e instanceof IsBooleanExpression b) {
            N x = node(b.getLeftExpression());
            if (!x.type().equals("boolean")) throw refuse();
            return test(x, " IS " + (b.isNot() ? "NOT " : "") + (b.isTrue() ? "TRUE" : "FALSE"));
        }
        if (e instanceof Between b) {
            N x = node(b.getLeftExpression());
            N lo = node(b.getBetweenExpressionStart());
            N hi = node(b.getBetweenExpressionEnd());
            if (b.isNot()) return bool(Kind.OR, List.of(operator(x, "<", lo), operator(x, ">", hi)));
            return bool(Kind.AND, List.of(operator(x, ">=", lo), operator(x, "<=", hi)));
        }
        if (e instanceof InExpression in && (in.getRightExpression() instanceof AndExpression || in.getRightExpression() instanceof OrExpression)) {
            return node(rotate(in));
        }
        if (e instanceof InExpression in && in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect q) return inQuery(in, q);
        if (e instanceof InExpression in) return in(in);
        if (e instanceof LikeExpression l) {
            if (l.getEscape() != null) throw refuse();
            String op = switch (l.getLikeKeyWord()) {
                case LIKE -> "~~";
                case ILIKE -> "~~*";
                default -> throw refuse();
            };
            return textOperator(node(l.getLeftExpression()), l.isNot() ? "!" + op : op, node(l.getRightExpression()));
        }
        if (e instanceof RegExpMatchOperator r) {
            String op = switch (r.getOperatorType()) {
                case MATCH_CASESENSITIVE -> "~";
                case MATCH_CASEINSENSITIVE -> "~*";
                case NOT_MATCH_CASESENSITIVE -> "!~";
                case NOT_MATCH_CASEINSENSITIVE -> "!~*";
            };
            return textOperator(node(r.getLeftExpression()), op, node(r.getRightExpression()));
        }
        if (e instanceof ComparisonOperator c) {
            String op = c.getStringExpression().equals("!=") ? "<>" : c.getStringExpression();
            if (!COMPARE.contains(op)) throw refuse();
            if (c.getLeftExpression() instanceof ParenthesedExpressionList<?> l && l.size() > 1
                    && c.getRightExpression() instanceof ParenthesedExpressionList<?> r) {
                return rowCompare(l, op, r);
            }
            if (unwrap(c.getRightExpression()) instanceof Function f && Set.of("any", "some", "all").contains(f.getName().toLowerCase(Locale.ROOT))) {
                return anyArray(node(c.getLeftExpression()), op, f);
            }
            return operator(node(c.getLeftExpression()), op, node(c.getRightExpression()));
        }
        if (e instanceof Concat c) return concat(node(c.getLeftExpression()), node(c.getRightExpression()));
        if (e instanceof Addition || e instanceof Subtraction || e instanceof Multiplication || e instanceof Division || e instanceof Modulo) {
            BinaryExpression b = (BinaryExpression) e;
            return arithmetic(node(b.getLeftExpression()), b.getStringExpression(), node(b.getRightExpression()));
        }
        if (e instanceof SignedExpression s && s.getSign() == '-') {
            Expression inner = unwrap(s.getExpression());
            if (inner instanceof LongValue v) return integer("-" + v.getStringValue());
            if (inner instanceof DoubleValue v) return decimal("-" + v.toString());
            throw refuse();
        }
        if (e instanceof LongValue v) return integer(v.getStringValue());
        if (e instanceof DoubleValue v) return decimal(v.toString());
        if (e instanceof StringValue s && s.getPrefix() != null && !s.getPrefix().isEmpty()) {
            return bitString(PgExprLiterals.bits(s.getPrefix(), s.getValue()).orElseThrow(this::refuse));
        }
        if (e instanceof net.sf.jsqlparser.expression.HexValue h) {
            String v = h.getValue();
            if (!v.matches("(?i)x'[0-9a-f]*'")) throw refuse();
            return bitString(PgExprLiterals.bits("X", v.substring(2, v.length() - 1)).orElseThrow(this::refuse));
        }
        if (e instanceof net.sf.jsqlparser.expression.IntervalExpression iv) {
            String p = iv.getParameter();
            if (iv.getExpression() != null || p == null || !p.startsWith("'") || !p.endsWith("'") || p.length() < 2) throw refuse();
            String value = p.substring(1, p.length() - 1).replace("''", "'");
            return N.atom(PgIdent.literal(PgExprLiterals.interval(value, iv.getIntervalType()).orElseThrow(this::refuse)) + "::interval", "interval");
        }
        if (e instanceof net.sf.jsqlparser.expression.CaseExpression c) return caseExpr(c);
        if (e instanceof net.sf.jsqlparser.expression.AnalyticExpression a && refs != null) return window(a);
        if (e instanceof net.sf.jsqlparser.expression.JsonExpression j) return json(j);
        if (e instanceof net.sf.jsqlparser.expression.ExtractExpression x) return extract(x);
        if (e instanceof net.sf.jsqlparser.expression.ArrayConstructor a) return array(a, null);
        if (e instanceof StringValue s) {
            return new N(null, "unknown", Kind.ATOM, null, s.getValue().replace("''", "'"));
        }
        if (e instanceof BooleanValue b) return N.atom(b.getValue() ? "true" : "false", "boolean");
        if (e instanceof NullValue) throw refuse();
        if (e instanceof TimeKeyExpression k) {
            String kw = k.getStringValue().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            return switch (kw) {
                case "CURRENT_DATE" -> N.atom("CURRENT_DATE", "date");
                case "CURRENT_TIMESTAMP" -> N.atom("CURRENT_TIMESTAMP", "timestamp with time zone");
                case "LOCALTIMESTAMP" -> N.atom("LOCALTIMESTAMP", "timestamp without time zone");
                default -> throw refuse();
            };
        }
        if (e instanceof CastExpression c) {
            String label = typeLabel.apply(c.getColDataType().toString());
            // a cast of ARRAY[...] to an array type casts each element instead
            if (unwrap(c.getLeftExpression()) instanceof net.sf.jsqlparser.expression.ArrayConstructor a && label.endsWith("[]")) {
                return array(a, label.substring(0, label.length() - 2));
            }
            return cast(node(c.getLeftExpression()), label);
        }
        if (e instanceof Function f) return function(f);
        if (e instanceof net.sf.jsqlparser.expression.TimezoneExpression z) {
            if (z.getTimezoneExpressions().size() != 1) throw refuse();
            N x = node(z.getLeftExpression());
            String type = switch (x.type()) {
                case "timestamp with time zone" -> "timestamp without time zone";
                case "timestamp without time zone" -> "timestamp with time zone";
                default -> throw refuse();
            };
            if (x.kind() != Kind.ATOM) throw refuse();
            // PostgreSQL 15 prints timezone(zone, x) in the SQL syntax, always in its own parentheses
            return N.atom("(" + x.sql() + " AT TIME ZONE " + text(node(z.getTimezoneExpressions().get(0))).sql() + ")", type);
        }
        if (e instanceof Column c) return column(c);
        throw refuse();
    }

    /** The parser flattens {@code a OR b OR c} into one node of three operands: a left operand of the same kind joins its parent, even in parentheses. */
    private void operands(BinaryExpression b, Class<?> kind, List<N> out) {
        Expression left = unwrap(b.getLeftExpression());
        if (left.getClass() == kind) operands((BinaryExpression) left, kind, out);
        else out.add(node(b.getLeftExpression()));
        out.add(node(b.getRightExpression()));
    }

    /** {@code x op ANY (ARRAY[...])}: the array typed on its own (its literals text unless a typed element or a cast says otherwise), then {@code x} resolved against its element type. */
    private N anyArray(N x, String op, Function f) {
        if (f.getParameters() == null || f.getParameters().size() != 1) throw refuse();
        Expression arg = unwrap(f.getParameters().get(0));
        boolean constructed = arg instanceof net.sf.jsqlparser.expression.ArrayConstructor
                || arg instanceof CastExpression c && unwrap(c.getLeftExpression()) instanceof net.sf.jsqlparser.expression.ArrayConstructor;
        if (!constructed) throw refuse();
        N array = node(arg);
        if (!array.type().endsWith("[]")) throw refuse();
        String element = array.type().substring(0, array.type().length() - 2);
        N left;
        if (x.type().equals(element) && !element.equals("character varying")) left = x;
        else if (x.type().equals("unknown")) left = constant(x.literal(), element);
        else if (element.equals("text") && x.type().equals("character varying")) left = cast(x, "text");
        else if (INTS.contains(element) && INTS.contains(x.type())) left = x;
        else throw refuse();
        String kw = f.getName().equalsIgnoreCase("all") ? " ALL (" : " ANY (";
        String s = (left.kind() == Kind.ATOM ? left.sql() : "(" + left.sql() + ")") + " " + op + kw + array.sql() + ")";
        return new N(pretty ? s : "(" + s + ")", "boolean", Kind.ANY, null, null);
    }

    /** {@code ARRAY[...]}, its elements coerced to {@code element} when a cast names it, else to their common type. */
    private N array(net.sf.jsqlparser.expression.ArrayConstructor a, String element) {
        if (!a.isArrayKeyword()) throw refuse();
        List<N> items = new ArrayList<>();
        if (a.getExpressions() != null) for (Expression i : a.getExpressions()) items.add(single(node(i)));
        if (items.isEmpty()) {
            if (element == null) throw refuse();
            // an empty ARRAY[] keeps the cast that gave it its type
            return N.atom("ARRAY[]::" + element + "[]", base(element) + "[]");
        }
        String t = element != null ? element : common(items);
        List<String> printed = new ArrayList<>();
        for (N i : items) printed.add(cast(i, t).sql());
        return N.atom("ARRAY[" + String.join(", ", printed) + "]", base(t) + "[]");
    }

    /** {@return the type {@code select_common_type} gives these nodes: text for bare literals, the widest numeric type, the first of text and varchar} */
    private String common(List<N> items) {
        String t = null;
        for (N i : items) {
            String y = i.type();
            if (y.equals("unknown")) continue;
            if (t == null || t.equals(y)) t = y;
            else if (numericRank(t) > 0 && numericRank(y) > 0) t = numericRank(y) > numericRank(t) ? y : t;
            // text and varchar coerce implicitly to each other, so the first one stays
            else if (Set.of("text", "character varying").contains(t) && Set.of("text", "character varying").contains(y)) continue;
            else throw refuse();
        }
        return t == null ? "text" : t;
    }

    /** {@code (a, b) < (c, d)}: a row comparison, always in its own parentheses; {@code =} and {@code <>} would become AND/OR. */
    private N rowCompare(ParenthesedExpressionList<?> l, String op, ParenthesedExpressionList<?> r) {
        if (l.size() != r.size() || op.equals("=") || op.equals("<>")) throw refuse();
        List<String> ls = new ArrayList<>();
        List<String> rs = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            N[] x = resolve(single(node(l.get(i))), single(node(r.get(i))), true);
            ls.add(x[0].sql());
            rs.add(x[1].sql());
        }
        return N.atom("(ROW(" + String.join(", ", ls) + ") " + op + " ROW(" + String.join(", ", rs) + "))", "boolean");
    }

    /**
     * {@code x IN (SELECT ...)} outside a view: a sublink, always in its own parentheses, its query printed as
     * pg_get_viewdef prints a view's; only at the top of the expression, where the query's lines are not indented further.
     */
    private N inQuery(InExpression in, net.sf.jsqlparser.statement.select.ParenthesedSelect q) {
        if (in.isNot() || in.isGlobal() || in.getOldOracleJoinSyntax() != 0 || refs != null) throw refuse();
        // the plain form parenthesizes every operator inside the query, which the view printer does not: a column list only
        if (!(q.getSelect() instanceof net.sf.jsqlparser.statement.select.PlainSelect ps) || ps.getWhere() != null || ps.getJoins() != null
                || ps.getGroupBy() != null || ps.getHaving() != null || ps.getOrderByElements() != null || ps.getLimit() != null || ps.getDistinct() != null
                || ps.getSelectItems().size() != 1 || !(ps.getSelectItems().get(0).getExpression() instanceof Column)) {
            throw refuse();
        }
        N x = single(node(in.getLeftExpression()));
        if (x.kind() != Kind.ATOM || x.type().equals("unknown")) throw refuse();
        String[] printed = subqueries.apply(q.getSelect().toString());
        String t = base(printed[1]);
        if (!t.equals(x.type()) && !(INTS.contains(t) && INTS.contains(x.type())) || t.equals("character varying")) throw refuse();
        return new N("(" + x.sql() + " IN ( " + printed[0] + "))", "boolean", Kind.SUBLINK, null, null);
    }

    /**
     * {@code CASE}: each WHEN, the ELSE and the END on a line of its own, the WHENs indented by four, in both modes
     * (the catalog functions indent even when they do not prettify parentheses). In a view's query the line breaks
     * would depend on the target list around it, so there it is refused.
     */
    private N caseExpr(net.sf.jsqlparser.expression.CaseExpression c) {
        if (refs != null) throw refuse();
        N arg = c.getSwitchExpression() == null ? null : single(node(c.getSwitchExpression()));
        List<N> conditions = new ArrayList<>();
        List<N> results = new ArrayList<>();
        for (net.sf.jsqlparser.expression.WhenClause w : c.getWhenClauses()) {
            N cond = node(w.getWhenExpression());
            if (arg == null) {
                if (!cond.type().equals("boolean")) throw refuse();
            } else {
                N[] x = resolve(arg, cond, true);
                if (!x[0].sql().equals(arg.sql())) throw refuse();
                cond = x[1];
            }
            conditions.add(cond);
            results.add(node(w.getThenExpression()));
        }
        Expression otherwise = c.getElseExpression() == null ? null : unwrap(c.getElseExpression());
        N els = otherwise == null || otherwise instanceof NullValue ? null : node(otherwise);
        List<N> all = new ArrayList<>(results);
        if (els != null) all.add(els);
        String t = common(all);
        StringBuilder b = new StringBuilder("\nCASE");
        if (arg != null) b.append(' ').append(arg.sql());
        for (int i = 0; i < conditions.size(); i++) {
            b.append("\n    WHEN ").append(nested(conditions.get(i).sql()));
            glue(b, " THEN ", nested(cast(results.get(i), t).sql()));
        }
        b.append("\n    ELSE ").append(els == null ? "NULL::" + t : nested(cast(els, t).sql()));
        b.append("\nEND");
        return N.atom(b.toString(), t);
    }

    /** {@return a part of a CASE, its own lines indented one level deeper} */
    private static String nested(String part) {
        return part.replace("\n", "\n    ");
    }

    /** Appends {@code sep} and {@code part}; a part that starts a new line takes the trailing spaces off before it, as the deparser does. */
    private static void glue(StringBuilder b, String sep, String part) {
        b.append(sep);
        if (part.startsWith("\n")) while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        b.append(part);
    }

    /** {@return the node, refused where a multi-line (CASE) text would need the deparser's line handling} */
    private N single(N n) {
        if (n.sql() != null && n.sql().contains("\n")) throw refuse();
        return n;
    }

    /** {@code x -> 'k'} and {@code x ->> 'k'} on json or jsonb: keys are text, indexes integers. */
    private N json(net.sf.jsqlparser.expression.JsonExpression j) {
        N x = single(node(j.getExpression()));
        // JSqlParser nests a chain to the right (x -> ('a' -> 'b')); the operators apply from the left
        List<String> ops = new ArrayList<>();
        List<Expression> keys = new ArrayList<>();
        flatten(j, ops, keys);
        for (int i = 0; i < keys.size(); i++) {
            if (!Set.of("json", "jsonb").contains(x.type())) throw refuse();
            String op = ops.get(i);
            if (!op.equals("->") && !op.equals("->>")) throw refuse();
            N key = single(node(keys.get(i)));
            if (key.type().equals("unknown")) key = constant(key.literal(), "text");
            else if (!key.type().equals("text") && !key.type().equals("integer")) throw refuse();
            x = binary(x, op, key, op.equals("->") ? x.type() : "text");
        }
        return x;
    }

    private static void flatten(net.sf.jsqlparser.expression.JsonExpression j, List<String> ops, List<Expression> keys) {
        for (int i = 0; i < j.getIdents().size(); i++) {
            ops.add(j.getOperators().get(i));
            if (j.getIdents().get(i) instanceof net.sf.jsqlparser.expression.JsonExpression inner) {
                keys.add(inner.getExpression());
                flatten(inner, ops, keys);
            } else {
                keys.add(j.getIdents().get(i));
            }
        }
    }

    /** {@code EXTRACT(field FROM x)}: PostgreSQL 14 and later keep the SQL syntax and give numeric. */
    private N extract(net.sf.jsqlparser.expression.ExtractExpression x) {
        String field = x.getName().toLowerCase(Locale.ROOT);
        if (!field.matches("[a-z]+")) throw refuse();
        N a = single(node(x.getExpression()));
        if (!Set.of("date", "timestamp without time zone", "timestamp with time zone", "interval", "time without time zone").contains(a.type())) throw refuse();
        return N.atom("EXTRACT(" + field + " FROM " + a.sql() + ")", "numeric");
    }

    /** An aggregate or ranking function with an inline window: {@code sum(x) OVER (PARTITION BY a ORDER BY b)}, the default frame left out. */
    private N window(net.sf.jsqlparser.expression.AnalyticExpression a) {
        if (a.getType() != net.sf.jsqlparser.expression.AnalyticType.OVER || a.getWindowName() != null || a.getWindowElement() != null
                || a.getFilterExpression() != null || a.getKeep() != null || a.isDistinct() || a.isUnique() || a.isIgnoreNulls() || a.isIgnoreNullsOutside()
                || a.getDefaultValue() != null || a.getOffset() != null || a.getHavingClause() != null || a.getNullHandling() != null || a.getLimit() != null) {
            throw refuse();
        }
        String name = a.getName().toLowerCase(Locale.ROOT);
        N call;
        if (Set.of("row_number", "rank", "dense_rank").contains(name)) {
            if (a.getExpression() != null || a.isAllColumns()) throw refuse();
            call = N.atom(name + "()", "bigint");
        } else if (name.equals("count") && a.isAllColumns()) {
            call = N.atom("count(*)", "bigint");
        } else {
            if (a.getExpression() == null || a.isAllColumns()) throw refuse();
            Function f = new Function();
            f.setName(name);
            f.setParameters(new ExpressionList<>(a.getExpression()));
            call = function(f);
            if (!Set.of("count", "sum", "min", "max", "avg").contains(name)) throw refuse();
        }
        List<String> spec = new ArrayList<>();
        if (a.getPartitionExpressionList() != null && !a.getPartitionExpressionList().isEmpty()) {
            List<String> ps = new ArrayList<>();
            for (Expression p : a.getPartitionExpressionList()) ps.add(single(node(p)).sql());
            spec.add("PARTITION BY " + String.join(", ", ps));
        }
        if (a.getOrderByElements() != null && !a.getOrderByElements().isEmpty()) {
            List<String> os = new ArrayList<>();
            for (net.sf.jsqlparser.statement.select.OrderByElement o : a.getOrderByElements()) {
                if (o.getNullOrdering() != null) throw refuse();
                os.add(single(node(o.getExpression())).sql() + (o.isAscDescPresent() && !o.isAsc() ? " DESC" : ""));
            }
            spec.add("ORDER BY " + String.join(", ", os));
        }
        return N.atom(call.sql() + " OVER (" + String.join(" ", spec) + ")", call.type());
    }

    private N bitString(String bits) {
        return N.atom("'" + bits + "'::\"bit\"", "bit");
    }

    /**
     * JSqlParser reads {@code a IN (1, 2) AND b} as {@code a IN ((1, 2) AND b)}: the list is the leftmost operand of
     * the AND/OR tree on the right, which was otherwise parsed with the right precedence, so the IN moves down there.
     */
    private Expression rotate(InExpression in) {
        BinaryExpression top = (BinaryExpression) in.getRightExpression();
        BinaryExpression b = top;
        while (b.getLeftExpression() instanceof AndExpression || b.getLeftExpression() instanceof OrExpression) b = (BinaryExpression) b.getLeftExpression();
        if (!(b.getLeftExpression() instanceof ExpressionList<?>)) throw refuse();
        in.setRightExpression(b.getLeftExpression());
        b.setLeftExpression(in);
        return top;
    }

    private N column(Column c) {
        String n = c.getColumnName();
        if (refs != null) {
            String q = c.getTable() == null || c.getTable().getName() == null ? null : fold(c.getTable().getName());
            if (c.getTable() != null && c.getTable().getSchemaName() != null) throw refuse();
            if (q == null && (n.equalsIgnoreCase("true") || n.equalsIgnoreCase("false"))) return N.atom(n.toLowerCase(Locale.ROOT), "boolean");
            String[] r = refs.apply(new String[] {q, fold(n)});
            if (r == null) throw refuse();
            return N.atom(r[0], base(r[1]));
        }
        if (c.getTable() != null && c.getTable().getName() != null) throw refuse();
        if (n.equalsIgnoreCase("true") || n.equalsIgnoreCase("false")) return N.atom(n.toLowerCase(Locale.ROOT), "boolean");
        if (n.equalsIgnoreCase("current_date")) return N.atom("CURRENT_DATE", "date");
        if (Set.of("current_user", "session_user", "current_role", "user").contains(n.toLowerCase(Locale.ROOT))) {
            // SQLValueFunctions of type name, printed in capitals as the SQL syntax
            return N.atom(n.toUpperCase(Locale.ROOT), "name");
        }
        if (n.equalsIgnoreCase("current_timestamp")) return N.atom("CURRENT_TIMESTAMP", "timestamp with time zone");
        if (n.equalsIgnoreCase("value")) {
            String t = columns.apply("VALUE");
            if (t != null) return N.atom("VALUE", base(t));
        }
        String name = n.startsWith("\"") ? n.substring(1, n.length() - 1).replace("\"\"", "\"") : n.toLowerCase(Locale.ROOT);
        String type = columns.apply(name);
        if (type == null) throw refuse();
        return N.atom(PgIdent.quote(name), base(type));
    }

    static String fold(String n) {
        return n.startsWith("\"") ? n.substring(1, n.length() - 1).replace("\"\"", "\"") : n.toLowerCase(Locale.ROOT);
    }

    private N function(Function f) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        boolean star = f.isAllColumns() || f.getParameters() != null && f.getParameters().size() == 1
                && f.getParameters().get(0) instanceof net.sf.jsqlparser.statement.select.AllColumns;
        if (refs != null && name.equals("count") && star && !f.isDistinct()) return N.atom("count(*)", "bigint");
        boolean distinct = f.isDistinct() && name.equals("count");
        if (refs != null && Set.of("count", "sum", "min", "max", "avg").contains(name) && (!f.isDistinct() || distinct) && f.getParameters() != null && f.getParameters().size() == 1
                && f.getKeep() == null && f.getOrderByElements() == null) {
            N a = node(f.getParameters().get(0));
            String t = switch (name) {
                case "count" -> "bigint";
                // types with min and max of their own; others (varchar: max(v::text)) are cast, or have none
                case "min", "max" -> {
                    if (!MIN_MAX_TYPES.contains(a.type())) throw refuse();
                    yield a.type();
                }
                case "sum" -> switch (a.type()) {
                    case "smallint", "integer" -> "bigint";
                    case "bigint", "numeric" -> "numeric";
                    case "real", "double precision" -> a.type();
                    default -> throw refuse();
                };
                default -> switch (a.type()) {
                    case "smallint", "integer", "bigint", "numeric" -> "numeric";
                    case "real", "double precision" -> "double precision";
                    default -> throw refuse();
                };
            };
            if (a.type().equals("unknown")) throw refuse();
            return N.atom(name + "(" + (distinct ? "DISTINCT " : "") + a.sql() + ")", t);
        }
        if (f.isDistinct() || f.isAllColumns() || f.getKeep() != null || f.getOrderByElements() != null || name.contains(".")) throw refuse();
        List<N> args = new ArrayList<>();
        if (f.getParameters() != null) for (Expression a : f.getParameters()) args.add(single(node(a)));
        List<Routine> own = f.getName().startsWith("\"") ? routines.apply(fold(f.getName())) : routines.apply(name);
        if (!own.isEmpty()) return routine(f.getName().startsWith("\"") ? fold(f.getName()) : name, own, args);
        switch (name) {
            case "coalesce", "greatest", "least" -> {
                if (args.isEmpty()) throw refuse();
                String t = common(args);
                List<String> printed = new ArrayList<>();
                for (N a : args) printed.add(cast(a, t).sql());
                return N.atom(name.toUpperCase(Locale.ROOT) + "(" + String.join(", ", printed) + ")", t);
            }
            case "nullif" -> {
                if (args.size() != 2) throw refuse();
                N[] x = resolve(args.get(0), args.get(1), true);
                return N.atom("NULLIF(" + x[0].sql() + ", " + x[1].sql() + ")", x[0].type());
            }
            case "current_schema", "current_database" -> {
                if (!args.isEmpty()) throw refuse();
                return N.atom(PgIdent.quote(name) + "()", "name");
            }
            case "age" -> {
                if (args.size() != 1 || !Set.of("timestamp without time zone", "timestamp with time zone").contains(args.get(0).type())) throw refuse();
                return N.atom("age(" + args.get(0).sql() + ")", "interval");
            }
            case "family" -> {
                if (args.size() != 1 || !Set.of("inet", "cidr").contains(args.get(0).type())) throw refuse();
                return N.atom("family(" + (args.get(0).type().equals("cidr") ? cast(args.get(0), "inet") : args.get(0)).sql() + ")", "integer");
            }
            case "date" -> {
                if (args.size() != 1 || !Set.of("timestamp without time zone", "timestamp with time zone").contains(args.get(0).type())) throw refuse();
                return N.atom("date(" + args.get(0).sql() + ")", "date");
            }
            case "date_trunc" -> {
                if (args.size() != 2) throw refuse();
                N x = args.get(1);
                // a date goes to the timestamp with time zone variant, the preferred type of its category
                if (x.type().equals("date")) x = cast(x, "timestamp with time zone");
                if (!Set.of("timestamp without time zone", "timestamp with time zone", "interval").contains(x.type())) throw refuse();
                return N.atom("date_trunc(" + text(args.get(0)).sql() + ", " + x.sql() + ")", x.type());
            }
            case "jsonb_extract_path_text", "jsonb_extract_path", "json_extract_path_text", "json_extract_path" -> {
                // variadic text[]: the path is printed as the array the call builds
                if (args.size() < 2 || !args.get(0).type().equals(name.startsWith("jsonb") ? "jsonb" : "json")) throw refuse();
                List<String> path = new ArrayList<>();
                for (N a : args.subList(1, args.size())) path.add(text(a).sql());
                String t = name.endsWith("_text") ? "text" : args.get(0).type();
                return N.atom(name + "(" + args.get(0).sql() + ", VARIADIC ARRAY[" + String.join(", ", path) + "])", t);
            }
            case "now", "clock_timestamp", "statement_timestamp", "transaction_timestamp" -> {
                if (!args.isEmpty()) throw refuse();
                return N.atom(name + "()", "timestamp with time zone");
            }
            case "current_setting" -> {
                if (args.isEmpty() || args.size() > 2) throw refuse();
                String a = text(args.get(0)).sql();
                if (args.size() == 2) {
                    N b = args.get(1);
                    if (!b.type().equals("boolean")) throw refuse();
                    a += ", " + b.sql();
                }
                return N.atom("current_setting(" + a + ")", "text");
            }
            case "lower", "upper" -> {
                if (args.size() != 1) throw refuse();
                return N.atom(name + "(" + text(args.get(0)).sql() + ")", "text");
            }
            case "length", "char_length", "character_length" -> {
                if (args.size() != 1) throw refuse();
                N a = args.get(0);
                String arg = a.type().equals("character") ? a.sql() : text(a).sql();
                return N.atom(name + "(" + arg + ")", "integer");
            }
            default -> throw refuse();
        }
    }

    /** A call to a function the SQL creates: exactly one of that name, its arguments coerced as the call resolves them. */
    private N routine(String name, List<Routine> own, List<N> args) {
        if (own.size() != 1) throw refuse();
        Routine r = own.get(0);
        if (r.args().size() != args.size() || r.result().isEmpty() || r.result().contains(" ") && !BUILTIN_MULTIWORD.contains(r.result())) throw refuse();
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            N a = args.get(i);
            String p = r.args().get(i);
            if (a.type().equals("unknown")) printed.add(constant(a.literal(), p).sql());
            else if (a.type().equals(p)) printed.add(a.sql());
            else if (p.equals("text") && a.type().equals("character varying")) printed.add(cast(a, "text").sql());
            // a narrower number widens implicitly, and the call shows the cast
            else if (numericRank(a.type()) > 0 && numericRank(p) > numericRank(a.type())) printed.add(cast(a, p).sql());
            else throw refuse();
        }
        return N.atom(PgIdent.quote(name) + "(" + String.join(", ", printed) + ")", base(r.result()));
    }

    private static final Set<String> BUILTIN_MULTIWORD = Set.of("character varying", "double precision", "timestamp without time zone",
            "timestamp with time zone", "time without time zone");

    // ---------------------------------------------------------------- typing

    /** {@return the node as an argument of a text operator or function: a varchar cast to text, a literal a text constant} */
    private N text(N n) {
        return switch (n.type()) {
            case "text" -> n;
            case "unknown" -> constant(n.literal(), "text");
            case "character varying" -> cast(n, "text");
            default -> {
                // a domain over text reaches a text argument through a coercion the deparser shows as a cast
                if ("domain:text".equals(userTypes.apply(n.type()))) yield N.atom((pretty ? n.sql() : "(" + n.sql() + ")") + "::text", "text");
                throw refuse();
            }
        };
    }

    private N integer(String digits) {
        long v;
        try {
            v = Long.parseLong(digits);
        } catch (NumberFormatException x) {
            throw refuse();
        }
        // the constant prints as its type's output function prints it: 007 is 7
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) return N.atom("'" + v + "'::bigint", "bigint");
        return N.atom(v < 0 ? "'" + v + "'::integer" : Long.toString(v), "integer");
    }

    private N decimal(String text) {
        if (text.toLowerCase(Locale.ROOT).contains("e")) throw refuse();
        // numeric's output function: no leading zeros but one, the written scale kept; without a fraction it would
        // read back as an integer, so PostgreSQL labels it ('1'::numeric for 1.)
        java.math.BigDecimal d = new java.math.BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
        String t = d.toPlainString();
        return N.atom(Character.isDigit(t.charAt(0)) && t.contains(".") ? t : "'" + t + "'::numeric", "numeric");
    }

    /** {@return a string literal as a constant of {@code type}, printed as the type's output function and label print it} */
    private N constant(String value, String label) {
        String quoted = PgIdent.literal(value);
        String type = base(label);
        switch (type) {
            case "text", "json", "jsonb", "bytea" -> {
                return N.atom(quoted + "::" + type, type);
            }
            case "character varying" -> {
                return N.atom(quoted + "::" + label, type);
            }
            case "character" -> {
                return N.atom(quoted + "::bpchar", type);
            }
            case "smallint", "integer", "bigint" -> {
                String v = value.strip();
                if (!INTEGER.matcher(v).matches()) throw refuse();
                long x = Long.parseLong(v);
                String s = Long.toString(x);
                if (type.equals("integer") && x >= 0) return N.atom(s, type);
                return N.atom("'" + s + "'::" + type, type);
            }
            case "numeric" -> {
                String v = value.strip();
                if (!v.matches("-?\\d+(\\.\\d+)?")) throw refuse();
                if (v.contains(".") && !v.startsWith("-")) return N.atom(v, type);
                return N.atom("'" + v + "'::numeric", type);
            }
            case "boolean" -> {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (List.of("t", "true", "y", "yes", "on", "1").contains(v)) return N.atom("true", type);
                if (List.of("f", "false", "n", "no", "off", "0").contains(v)) return N.atom("false", type);
                throw refuse();
            }
            case "date" -> {
                if (!DATE.matcher(value).matches()) throw refuse();
                return N.atom(quoted + "::date", type);
            }
            case "time without time zone" -> {
                if (!value.matches("\\d{2}:\\d{2}:\\d{2}")) throw refuse();
                return N.atom(quoted + "::time without time zone", type);
            }
            case "timestamp without time zone" -> {
                // a zone written after the time is read and ignored
                String v = value.strip().replaceFirst("(?<=:\\d{2})\\s*[+-]\\d{2}(:?\\d{2})?$", "");
                if (DATE.matcher(v).matches()) v += " 00:00:00";
                if (!TIMESTAMP.matcher(v).matches()) throw refuse();
                return N.atom(PgIdent.literal(v) + "::timestamp without time zone", type);
            }
            case "interval" -> {
                if (!type.equals(label)) throw refuse();
                return N.atom(PgIdent.literal(PgExprLiterals.interval(value, null).orElseThrow(this::refuse)) + "::interval", type);
            }
            case "money" -> {
                return N.atom(PgIdent.literal(PgExprLiterals.money(value).orElseThrow(this::refuse)) + "::money", type);
            }
            case "real", "double precision" -> {
                String v = value.strip();
                if (!v.matches("-?\\d{1,6}(\\.\\d{1,6})?")) throw refuse();
                java.math.BigDecimal d = new java.math.BigDecimal(v).stripTrailingZeros();
                // the shortest text that reads back as the same float is the written one only within the type's exact digits,
                // and small values print with an exponent
                if (d.precision() > (type.equals("real") ? 6 : 15) || d.signum() != 0 && d.abs().compareTo(new java.math.BigDecimal("0.0001")) < 0) throw refuse();
                String shortest = d.signum() == 0 ? "0" : d.toPlainString();
                return N.atom("'" + shortest + "'::" + type, type);
            }
            case "uuid" -> {
                if (!UUID.matcher(value).matches()) throw refuse();
                return N.atom(quoted + "::uuid", type);
            }
            default -> {
                if ("enum".equals(userTypes.apply(type))) return N.atom(quoted + "::" + type, type);
                if (type.endsWith("[]") && type.equals(label)) {
                    String element = type.substring(0, type.length() - 2);
                    return N.atom(PgIdent.literal(PgExprLiterals.array(value, element).orElseThrow(this::refuse)) + "::" + type, type);
                }
                throw refuse();
            }
        }
    }

    /** {@return the node cast to {@code type}: a literal becomes a constant, a same-type cast disappears} */
    private N cast(N n, String label) {
        if (n.type().equals("unknown")) return constant(n.literal(), label);
        String type = base(label);
        if (n.type().equals(type) && type.equals(label)) return n;
        String arg = pretty ? (n.kind() == Kind.ATOM ? n.sql() : "(" + n.sql() + ")") : "(" + n.sql() + ")";
        return N.atom(arg + "::" + label, type);
    }

    private static int numericRank(String t) {
        return switch (t) {
            case "smallint" -> 1;
            case "integer" -> 2;
            case "bigint" -> 3;
            case "numeric" -> 4;
            case "real" -> 5;
            case "double precision" -> 6;
            default -> 0;
        };
    }

    private static final Set<String> DATETIMES = Set.of("date", "timestamp without time zone", "timestamp with time zone");

    /** The two operands of a comparison or arithmetic operator after operator resolution's implicit casts. */
    private N[] resolve(N l, N r, boolean comparison) {
        String lt = l.type();
        String rt = r.type();
        if (lt.equals("unknown") && rt.equals("unknown")) return new N[] {constant(l.literal(), "text"), constant(r.literal(), "text")};
        if (lt.equals("unknown")) {
            N[] x = resolve(r, l, comparison);
            return new N[] {x[1], x[0]};
        }
        if (rt.equals("unknown")) {
            if (lt.equals("character varying")) return new N[] {cast(l, "text"), constant(r.literal(), "text")};
            return new N[] {l, constant(r.literal(), lt)};
        }
        if (lt.equals(rt)) {
            if (lt.equals("character varying")) return new N[] {cast(l, "text"), cast(r, "text")};
            return new N[] {l, r};
        }
        int a = numericRank(lt);
        int b = numericRank(rt);
        if (a > 0 && b > 0) {
            if (a <= 3 && b <= 3) return new N[] {l, r}; // the integer types have cross-type operators
            if (a <= 4 && b <= 4) return new N[] {cast(l, "numeric"), cast(r, "numeric")};
            // real and double precision: real has cross-type comparisons with double precision, the rest becomes double precision
            if (comparison && lt.equals("real") && b <= 4) return new N[] {l, cast(r, "double precision")};
            if (comparison && rt.equals("real") && a <= 4) return new N[] {cast(l, "double precision"), r};
            if (a == 5 || b == 5) throw refuse();
            return new N[] {cast(l, "double precision"), cast(r, "double precision")};
        }
        if (comparison && DATETIMES.contains(lt) && DATETIMES.contains(rt)) return new N[] {l, r};
        // text and name compare with each other directly (PostgreSQL 12 and later)
        if (comparison && lt.equals("name") && Set.of("text", "character varying").contains(rt)) return new N[] {l, text(r)};
        if (comparison && rt.equals("name") && Set.of("text", "character varying").contains(lt)) return new N[] {text(l), r};
        if (Set.of("text", "character varying").contains(lt) && Set.of("text", "character varying").contains(rt)) return new N[] {text(l), text(r)};
        throw refuse();
    }

    private N operator(N l, String op, N r) {
        N[] x = resolve(l, r, true);
        return binary(x[0], op, x[1], "boolean");
    }

    private N arithmetic(N l, String op, N r) {
        if (l.type().equals("unknown") || r.type().equals("unknown")) throw refuse();
        // a date or timestamp plus or minus an interval; a date becomes a timestamp
        if (r.type().equals("interval") && DATETIMES.contains(l.type()) && (op.equals("+") || op.equals("-"))) {
            return binary(l, op, r, l.type().equals("date") ? "timestamp without time zone" : l.type());
        }
        if (l.type().equals("interval") && DATETIMES.contains(r.type()) && op.equals("+")) {
            return binary(l, op, r, r.type().equals("date") ? "timestamp without time zone" : r.type());
        }
        N[] x = resolve(l, r, false);
        if (numericRank(x[0].type()) == 0) throw refuse();
        String t = numericRank(x[0].type()) >= numericRank(x[1].type()) ? x[0].type() : x[1].type();
        if (op.equals("%") && numericRank(t) > 4) throw refuse();
        return binary(x[0], op, x[1], t);
    }

    private N textOperator(N l, String op, N r) {
        return binary(text(l), op, text(r), "boolean");
    }

    private N concat(N l, N r) {
        if (l.type().equals("unknown") && r.type().equals("unknown")) return binary(constant(l.literal(), "text"), "||", constant(r.literal(), "text"), "text");
        return binary(text(l), "||", text(r), "text");
    }

    private N binary(N l, String op, N r, String type) {
        single(l);
        single(r);
        String s = child(l, Kind.OP, op, true) + " " + op + " " + child(r, Kind.OP, op, false);
        return new N(pretty ? s : "(" + s + ")", type, Kind.OP, op, null);
    }

    private N bool(Kind kind, List<N> args) {
        StringBuilder b = new StringBuilder();
        for (N a : args) {
            single(a);
            if (!a.type().equals("boolean")) throw refuse();
            if (b.length() > 0) b.append(kind == Kind.AND ? " AND " : " OR ");
            b.append(child(a, kind, null, false));
        }
        return new N(pretty ? b.toString() : "(" + b + ")", "boolean", kind, null, null);
    }

    private N not(N x) {
        single(x);
        if (!x.type().equals("boolean")) throw refuse();
        String s = "NOT " + child(x, Kind.NOT, null, false);
        return new N(pretty ? s : "(" + s + ")", "boolean", Kind.NOT, null, null);
    }

    private N test(N x, String what) {
        single(x);
        if (x.type().equals("unknown")) throw refuse();
        String s = child(x, Kind.TEST, null, false) + what;
        return new N(pretty ? s : "(" + s + ")", "boolean", Kind.TEST, null, null);
    }

    private N in(InExpression in) {
        if (!(in.getRightExpression() instanceof ExpressionList<?> list) || in.getOldOracleJoinSyntax() != 0) throw refuse();
        N x = node(in.getLeftExpression());
        List<N> items = new ArrayList<>();
        for (Expression i : list) items.add(node(i));
        if (items.size() == 1) return operator(x, in.isNot() ? "<>" : "=", items.get(0));
        String t = x.type();
        if (t.equals("unknown")) throw refuse();
        List<String> printed = new ArrayList<>();
        for (N i : items) {
            if (i.type().equals("unknown")) printed.add(constant(i.literal(), t).sql());
            else if (i.type().equals(t)) printed.add(i.sql());
            else if (t.equals("numeric") && INTS.contains(i.type())) printed.add(cast(i, "numeric").sql());
            else throw refuse();
        }
        String array = "ARRAY[" + String.join(", ", printed) + "]";
        String left = x.kind() == Kind.ATOM ? x.sql() : pretty ? "(" + x.sql() + ")" : x.sql();
        if (t.equals("character varying")) {
            left = cast(x, "text").sql();
            array = pretty ? array + "::text[]" : "(" + array + ")::text[]";
        }
        String s = left + (in.isNot() ? " <> ALL (" : " = ANY (") + array + ")";
        return new N(pretty ? s : "(" + s + ")", "boolean", Kind.ANY, null, null);
    }

    /** Only the one-character arithmetic operators have a priority; any other (->, ||, ...) is parenthesized under an operator. */
    private static boolean lowPriority(String op) {
        return op != null && (op.equals("+") || op.equals("-"));
    }

    private static boolean highPriority(String op) {
        return op != null && (op.equals("*") || op.equals("/") || op.equals("%"));
    }

    /** {@return a child as its parent prints it: in the pretty mode with the parentheses {@code isSimpleNode} asks for} */
    private String child(N c, Kind parent, String parentOp, boolean left) {
        if (!pretty) return c.sql();
        boolean paren = switch (c.kind()) {
            case ATOM, SUBLINK -> false;
            case OP -> {
                if (parent != Kind.OP) yield parent != Kind.AND && parent != Kind.OR && parent != Kind.NOT;
                boolean lo = lowPriority(c.op());
                boolean hi = highPriority(c.op());
                boolean plo = lowPriority(parentOp);
                boolean phi = highPriority(parentOp);
                if (!(lo || hi) || !(plo || phi)) yield true;
                if (hi && plo) yield false;
                if (lo && phi) yield true;
                yield !left;
            }
            case TEST -> parent != Kind.AND && parent != Kind.OR && parent != Kind.NOT;
            case ANY -> true;
            case AND, NOT -> parent != Kind.AND && parent != Kind.OR;
            case OR -> parent != Kind.OR;
        };
        return paren ? "(" + c.sql() + ")" : c.sql();
    }
}
