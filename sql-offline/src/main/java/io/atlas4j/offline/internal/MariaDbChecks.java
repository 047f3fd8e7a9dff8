package io.atlas4j.offline.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

/**
 * A CHECK clause as MariaDB prints it in information_schema: parsed with JSqlParser and printed back with
 * lower-case keywords, back-quoted column names and only the parentheses precedence needs. Comparisons,
 * AND/OR/NOT, IN, BETWEEN, LIKE and IS NULL over columns and literals; anything else is refused.
 */
final class MariaDbChecks {
    private MariaDbChecks() {
    }

    /** @param column the column's name as declared, for a name as written; throws {@link Unsupported} for an unknown one */
    static String print(String written, UnaryOperator<String> column) {
        Expression e;
        try {
            e = CCJSqlParserUtil.parseCondExpression(written);
        } catch (Exception | Error x) {
            throw new Unsupported("the check " + written + " (JSqlParser cannot read it)");
        }
        return print(e, plain(column, written), written);
    }

    /** Functions MariaDB prints back under another name or with another argument list; the rest listed keep their name, in lower case. */
    private static final java.util.Map<String, String> RENAMED = java.util.Map.of("lower", "lcase", "upper", "ucase", "substring", "substr",
            "length", "octet_length");
    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("concat", "concat_ws", "lcase", "ucase", "substr", "octet_length",
            "char_length", "coalesce", "ifnull", "md5", "sha2", "json_extract", "json_unquote", "json_value", "json_valid", "date_format", "abs",
            "replace", "month", "year", "if", "round", "trim", "to_days", "count", "sum", "min", "max", "avg", "json_array", "json_object", "uuid", "unhex", "hex");

    /** Unqualified columns, back-quoted with their declared names. */
    private static java.util.function.Function<Column, String> plain(UnaryOperator<String> column, String written) {
        return c -> {
            if (c.getTable() != null && c.getTable().getName() != null) throw new Unsupported("the expression " + written + " (the server keeps it as it re-prints it)");
            return "`" + column.apply(unquote(c.getColumnName())).replace("`", "``") + "`";
        };
    }

    static String unquote(String n) {
        return n.startsWith("`") && n.endsWith("`") && n.length() > 1 ? n.substring(1, n.length() - 1).replace("``", "`") : n;
    }

    /** An expression of a view's query: {@code column} prints each column reference as the server does there. */
    static String printInView(Expression e, java.util.function.Function<Column, String> column) {
        return print(e, new InView(column, null), e.toString());
    }

    /** @param subquery prints a subquery of the view's query, without its parentheses */
    static String printInView(Expression e, java.util.function.Function<Column, String> column,
                              java.util.function.Function<net.sf.jsqlparser.statement.select.Select, String> subquery) {
        return print(e, new InView(column, subquery), e.toString());
    }

    /** A view's column printer: window functions and subqueries are allowed there only. */
    private record InView(java.util.function.Function<Column, String> column,
                          java.util.function.Function<net.sf.jsqlparser.statement.select.Select, String> subquery)
            implements java.util.function.Function<Column, String> {
        @Override
        public String apply(Column c) {
            return column.apply(c);
        }
    }

    private static int precedence(Expression e) {
        if (e instanceof OrExpression) return 1;
        if (e instanceof AndExpression) return 2;
        if (e instanceof NotExpression) return 3;
        if (e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Addition || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction) return 5;
        if (e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Multiplication || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Division
                || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.Modulo || e instanceof net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision) return 6;
        if (e instanceof ComparisonOperator || e instanceof InExpression || e instanceof Between || e instanceof IsNullExpression || e instanceof LikeExpression) return 4;
        return 7;
    }

    /** A generated column's expression as MariaDB prints it in information_schema.COLUMNS. */
    static String printExpr(String written, UnaryOperator<String> column) {
        Expression e;
        try {
            e = CCJSqlParserUtil.parseExpression(written, false);
        } catch (Exception | Error x) {
            throw new Unsupported("the expression " + written + " (JSqlParser cannot read it)");
        }
        return print(e, plain(column, written), written);
    }

    private static String child(Expression e, int parent, java.util.function.Function<Column, String> column, String written) {
        Expression inner = unwrap(e);
        String s = print(inner, column, written);
        return precedence(inner) < parent ? "(" + s + ")" : s;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof Parenthesis p) x = p.getExpression();
            else if (x instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> l && l.size() == 1) x = l.get(0);
            else return x;
        }
    }

    private static String print(Expression raw, java.util.function.Function<Column, String> column, String written) {
        Expression e = unwrap(raw);
        if (e instanceof OrExpression o) return child(o.getLeftExpression(), 1, column, written) + " or " + child(o.getRightExpression(), 1, column, written);
        if (e instanceof AndExpression a) return child(a.getLeftExpression(), 2, column, written) + " and " + child(a.getRightExpression(), 2, column, written);
        if (e instanceof NotExpression n) return "!" + child(n.getExpression(), 4, column, written);
        if (e instanceof ComparisonOperator c) {
            String op = c.getStringExpression().equals("!=") ? "<>" : c.getStringExpression();
            return child(c.getLeftExpression(), 4, column, written) + " " + op + " " + child(c.getRightExpression(), 5, column, written);
        }
        if (precedence(e) == 5 || precedence(e) == 6) {
            net.sf.jsqlparser.expression.BinaryExpression b = (net.sf.jsqlparser.expression.BinaryExpression) e;
            String op = b.getStringExpression().toUpperCase(Locale.ROOT);
            if (op.equals("%")) op = "MOD";
            int p = precedence(e);
            // the right operand binds tighter: a - (b - c) keeps its parentheses
            return child(b.getLeftExpression(), p, column, written) + " " + op + " " + child(b.getRightExpression(), p + 1, column, written);
        }
        if (column instanceof InView v && v.subquery() != null) {
            // a scalar subquery, or IN over one; the server rewrites NOT IN and EXISTS
            if (e instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect ps) return "(" + v.subquery().apply(ps.getSelect()) + ")";
            if (e instanceof InExpression in && in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect ps) {
                if (in.isNot() || in.isGlobal()) throw new Unsupported("NOT IN over a subquery in a view (the server re-prints it)");
                return child(in.getLeftExpression(), 4, column, written) + " in (" + v.subquery().apply(ps.getSelect()) + ")";
            }
        }
        if (e instanceof net.sf.jsqlparser.expression.CollateExpression k && column instanceof InView) {
            // printed after its operand, in the collation's own name; only over a column, a string or a call, which need no parentheses
            Expression left = unwrap(k.getLeftExpression());
            if (!(left instanceof Column || left instanceof StringValue || left instanceof net.sf.jsqlparser.expression.Function)) {
                throw new Unsupported("COLLATE over an expression in a view");
            }
            String name = io.atlas4j.mysql.internal.MySqlAssembler.collation(k.getCollate());
            if (!name.matches("[a-z0-9_]+")) throw new Unsupported("the collation " + k.getCollate() + " in a view");
            return print(left, column, written) + " collate " + name;
        }
        if (e instanceof net.sf.jsqlparser.expression.AnalyticExpression a && column instanceof InView) {
            return MariaDbWindows.print(a, x -> print(x, column, written));
        }
        if (e instanceof net.sf.jsqlparser.expression.Function f && f.getName().equalsIgnoreCase("count") && !f.isDistinct() && (f.isAllColumns()
                || f.getParameters() != null && f.getParameters().size() == 1 && f.getParameters().get(0) instanceof net.sf.jsqlparser.statement.select.AllColumns)) {
            return "count(0)";
        }
        if (e instanceof InExpression in && (in.getRightExpression() instanceof AndExpression || in.getRightExpression() instanceof OrExpression)) {
            // JSqlParser reads "a IN (1, 2) AND b" as "a IN ((1, 2) AND b)": move the IN down to the list, the leftmost operand
            net.sf.jsqlparser.expression.BinaryExpression top = (net.sf.jsqlparser.expression.BinaryExpression) in.getRightExpression();
            net.sf.jsqlparser.expression.BinaryExpression b = top;
            while (b.getLeftExpression() instanceof AndExpression || b.getLeftExpression() instanceof OrExpression) b = (net.sf.jsqlparser.expression.BinaryExpression) b.getLeftExpression();
            if (b.getLeftExpression() instanceof ExpressionList<?>) {
                in.setRightExpression(b.getLeftExpression());
                b.setLeftExpression(in);
                return print(top, column, written);
            }
        }
        if (e instanceof net.sf.jsqlparser.expression.CastExpression k && !k.isUseCastKeyword() && unwrap(k.getLeftExpression()) instanceof StringValue sv) {
            // typed literals: DATE'...', TIME'...', TIMESTAMP'...' in their canonical forms only
            String t = k.getColDataType().getDataType().toUpperCase(Locale.ROOT);
            String v = sv.getValue();
            if (t.equals("DATE") && v.matches("\\d{4}-\\d{2}-\\d{2}") || t.equals("TIME") && v.matches("\\d{2}:\\d{2}:\\d{2}")
                    || t.equals("TIMESTAMP") && v.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
                return t + "'" + v + "'";
            }
        }
        if (e instanceof net.sf.jsqlparser.expression.TimeValue tv && tv.getValue().toString().matches("\\d{2}:\\d{2}:\\d{2}")) return "TIME'" + tv.getValue() + "'";
        if (e instanceof net.sf.jsqlparser.expression.JsonFunction j && j.toString().replaceAll("\\s", "").matches("(?i)JSON_(ARRAY|OBJECT)\\(\\)")) {
            return j.toString().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        }
        if (e instanceof net.sf.jsqlparser.expression.DateValue dv) return "DATE'" + dv.getValue() + "'";
        if (e instanceof net.sf.jsqlparser.expression.Function f && !f.isDistinct() && !f.isAllColumns()
                && f.getKeep() == null && f.getOrderByElements() == null && !f.getName().contains(".")) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            name = RENAMED.getOrDefault(name, name);
            if (!FUNCTIONS.contains(name)) throw new Unsupported("the expression " + written + " (the server keeps it as it re-prints it)");
            List<String> args = new java.util.ArrayList<>();
            if (f.getParameters() != null) for (Expression a : f.getParameters()) args.add(print(a, column, written));
            if (f.getNamedParameters() != null) {
                // SUBSTR(s FROM i [FOR n]) is SUBSTR(s, i [, n]); other keyword arguments are refused
                List<String> keys = f.getNamedParameters().getNames().stream().map(k -> k == null ? "" : k.toLowerCase(Locale.ROOT)).toList();
                if (!name.equals("substr") || !(keys.equals(List.of("", "from")) || keys.equals(List.of("", "from", "for")))) {
                    throw new Unsupported("the expression " + written + " (the server keeps it as it re-prints it)");
                }
                for (Object a : f.getNamedParameters()) args.add(print((Expression) a, column, written));
            }
            if (name.equals("round") && args.size() == 1) args.add("0");
            if (name.equals("trim") && args.size() != 1) throw new Unsupported("the expression " + written + " (the server keeps it as it re-prints it)");
            return name + "(" + String.join(",", args) + ")";
        }
        if (e instanceof InExpression in && in.getRightExpression() instanceof ExpressionList<?> list) {
            List<String> items = list.stream().map(x -> print((Expression) x, column, written)).toList();
            // the server reads a one-item list as a comparison
            if (items.size() == 1) return child(in.getLeftExpression(), 4, column, written) + (in.isNot() ? " <> " : " = ") + items.get(0);
            StringBuilder b = new StringBuilder(child(in.getLeftExpression(), 4, column, written)).append(in.isNot() ? " not in (" : " in (");
            return b.append(String.join(",", items)).append(')').toString();
        }
        if (e instanceof ExpressionList<?> row && row.size() > 1) {
            // a row constructor: (a, b) IN ((1, 2), (3, 4))
            return "(" + String.join(",", row.stream().map(x -> print((Expression) x, column, written)).toList()) + ")";
        }
        if (e instanceof Between bt) {
            return child(bt.getLeftExpression(), 4, column, written) + (bt.isNot() ? " not between " : " between ")
                    + child(bt.getBetweenExpressionStart(), 4, column, written) + " and " + child(bt.getBetweenExpressionEnd(), 4, column, written);
        }
        if (e instanceof IsNullExpression n) return child(n.getLeftExpression(), 4, column, written) + (n.isNot() ? " is not null" : " is null");
        if (e instanceof LikeExpression l && l.getEscape() == null) {
            return child(l.getLeftExpression(), 4, column, written) + (l.isNot() ? " not " : " ") + l.getLikeKeyWord().toString().toLowerCase(Locale.ROOT)
                    + " " + child(l.getRightExpression(), 4, column, written);
        }
        if (e instanceof Column c) return column.apply(c);
        if (e instanceof LongValue || e instanceof DoubleValue) return e.toString();
        if (e instanceof StringValue s && s.getPrefix() == null && s.getValue().indexOf('\\') < 0) return "'" + s.getValue() + "'";
        if (e instanceof NullValue) return "NULL";
        if (e instanceof SignedExpression s && s.getSign() == '-' && (s.getExpression() instanceof LongValue || s.getExpression() instanceof DoubleValue)) {
            return "-" + s.getExpression();
        }
        if (e instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof Column) return "-" + print(s.getExpression(), column, written);
        throw new Unsupported("the check " + written + " (the server keeps it as it re-prints it)");
    }
}
