package io.atlas4j.offline.internal;

import io.atlas4j.postgres.internal.PgIdent;
import io.atlas4j.schema.type.ColumnType;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

/**
 * A partial index's WHERE clause as {@code pg_get_expr(..., true)} prints it: parsed with JSqlParser and printed
 * with only the parentheses precedence needs. Columns, IS [NOT] NULL, AND/OR/NOT, boolean columns and
 * comparisons of integer columns with non-negative integer literals; anything PostgreSQL would cast is refused.
 */
final class PgPredicates {
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

    private PgPredicates() {
    }

    /** @param column the column's name and type for a written name; throws {@link Unsupported} for an unknown one */
    static String print(String written, Function<String, io.atlas4j.schema.Column> column) {
        Expression e;
        try {
            e = CCJSqlParserUtil.parseCondExpression(written);
        } catch (Exception | Error x) {
            throw new Unsupported("the index predicate " + written + " (JSqlParser cannot read it)");
        }
        return print(e, column, written);
    }

    private static int precedence(Expression e) {
        if (e instanceof OrExpression) return 1;
        if (e instanceof AndExpression) return 2;
        if (e instanceof NotExpression) return 3;
        return 4;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof Parenthesis p) x = p.getExpression();
            else if (x instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> l && l.size() == 1) x = l.get(0);
            else return x;
        }
    }

    private static String child(Expression e, int parent, Function<String, io.atlas4j.schema.Column> column, String written) {
        Expression inner = unwrap(e);
        String s = print(inner, column, written);
        return precedence(inner) < parent ? "(" + s + ")" : s;
    }

    private static String print(Expression raw, Function<String, io.atlas4j.schema.Column> column, String written) {
        Expression e = unwrap(raw);
        if (e instanceof OrExpression o) return child(o.getLeftExpression(), 1, column, written) + " OR " + child(o.getRightExpression(), 1, column, written);
        if (e instanceof AndExpression a) return child(a.getLeftExpression(), 2, column, written) + " AND " + child(a.getRightExpression(), 2, column, written);
        if (e instanceof NotExpression n) return "NOT " + child(n.getExpression(), 4, column, written);
        if (e instanceof IsNullExpression n && unwrap(n.getLeftExpression()) instanceof Column c) {
            return name(c, column).name() + (n.isNot() ? " IS NOT NULL" : " IS NULL");
        }
        if (e instanceof Column c) {
            io.atlas4j.schema.Column col = column.apply(plain(c));
            if (!col.type().name().equals("boolean")) throw refuse(written);
            return PgIdent.quote(col.name());
        }
        if (e instanceof ComparisonOperator op && unwrap(op.getLeftExpression()) instanceof Column c) {
            io.atlas4j.schema.Column col = column.apply(plain(c));
            Expression right = unwrap(op.getRightExpression());
            ColumnType type = col.type();
            String value;
            if (INTEGERS.contains(type.name()) && right instanceof LongValue v) value = v.getStringValue();
            else if (type.name().equals("boolean") && right instanceof Column b && Set.of("true", "false").contains(b.getColumnName().toLowerCase(Locale.ROOT))) {
                value = b.getColumnName().toLowerCase(Locale.ROOT);
            } else throw refuse(written);
            String sign = op.getStringExpression().equals("!=") ? "<>" : op.getStringExpression();
            return PgIdent.quote(col.name()) + " " + sign + " " + value;
        }
        throw refuse(written);
    }

    private static io.atlas4j.schema.Column name(Column c, Function<String, io.atlas4j.schema.Column> column) {
        io.atlas4j.schema.Column col = column.apply(plain(c));
        return col.withName(PgIdent.quote(col.name()));
    }

    private static String plain(Column c) {
        if (c.getTable() != null && c.getTable().getName() != null) throw new Unsupported("a qualified column in an index predicate");
        String n = c.getColumnName();
        return n.startsWith("\"") ? n.substring(1, n.length() - 1).replace("\"\"", "\"") : n.toLowerCase(Locale.ROOT);
    }

    private static Unsupported refuse(String written) {
        return new Unsupported("the index predicate " + written + " (PostgreSQL keeps it as it re-prints it)");
    }
}
