package io.atlas4j.offline.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.ArrayConstructor;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.RowConstructor;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimezoneExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * The name PostgreSQL gives an output column written without an alias ({@code FigureColname} in
 * {@code parse_target.c}): a column keeps its name, a function call takes the function's name, a cast takes
 * its argument's name or else the type's name as the grammar spells it ({@code int} is {@code int4}),
 * {@code CASE} its ELSE branch's name or {@code case}; anything else is {@code ?column?}.
 */
final class PgViewColumnNames {
    /** The unnamed column's name. */
    static final String UNNAMED = "?column?";

    /** Type keywords the grammar turns into a catalog name; any other (single identifier) type keeps its written name. */
    private static final Map<String, String> SYSTEM_TYPES = Map.ofEntries(
            Map.entry("int", "int4"), Map.entry("integer", "int4"), Map.entry("smallint", "int2"), Map.entry("bigint", "int8"),
            Map.entry("real", "float4"), Map.entry("float", "float8"), Map.entry("double precision", "float8"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("boolean", "bool"), Map.entry("varchar", "varchar"), Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"), Map.entry("char", "bpchar"), Map.entry("character", "bpchar"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time", "time"),
            Map.entry("time without time zone", "time"), Map.entry("time with time zone", "timetz"),
            Map.entry("interval", "interval"), Map.entry("bit", "bit"), Map.entry("bit varying", "varbit"));
    /** Words that only appear in the grammar's own type spellings. */
    private static final Set<String> TYPE_WORDS = Set.of("national", "nchar", "varying", "double", "precision", "with", "without", "zone", "setof");

    private PgViewColumnNames() {
    }

    /** A figured name and how strongly it binds (2: a real name, 1: a type's name, 0: none). */
    private record Figured(String name, int strength) {
    }

    /** {@return the name PostgreSQL gives {@code e} as an output column without an alias} */
    static String of(Expression e) {
        Figured f = figure(e);
        return f == null ? UNNAMED : f.name();
    }

    /** {@return the name PostgreSQL gives an index column on the written expression (FigureIndexColname): the figured name, else {@code expr}} */
    static String indexColumn(String written) {
        Expression e;
        try {
            e = net.sf.jsqlparser.parser.CCJSqlParserUtil.parseExpression(written);
        } catch (Exception | Error x) {
            throw new Unsupported("the index expression " + written + " (JSqlParser cannot read it)");
        }
        Figured f;
        try {
            f = figure(e);
        } catch (Unsupported x) {
            throw new Unsupported("an unnamed index on " + written + ", whose column name PostgreSQL would choose (name the index)");
        }
        return f == null ? "expr" : f.name();
    }

    private static Figured figure(Expression e) {
        if (e instanceof Parenthesis p) return figure(p.getExpression());
        if (e instanceof ParenthesedExpressionList<?> l && l.size() == 1) return figure(l.get(0));
        if (e instanceof Column c) {
            String n = c.getColumnName();
            if (c.getTable() == null || c.getTable().getName() == null) {
                // JSqlParser reads the boolean literals as columns
                if (n.equalsIgnoreCase("true") || n.equalsIgnoreCase("false")) return null;
            }
            return new Figured(PgExprPrinter.fold(n), 2);
        }
        if (e instanceof Function f) {
            if (f.getName() == null) throw new Unsupported("a view column without a name PostgreSQL would choose (give it an alias)");
            String n = f.getName();
            int dot = n.lastIndexOf('.');
            return new Figured(PgExprPrinter.fold(dot < 0 ? n : n.substring(dot + 1)), 2);
        }
        if (e instanceof CastExpression c) {
            Figured inner = figure(c.getLeftExpression());
            if (inner != null && inner.strength() > 1) return inner;
            return new Figured(typeName(c), 1);
        }
        if (e instanceof CaseExpression c) {
            Figured otherwise = c.getElseExpression() == null ? null : figure(c.getElseExpression());
            return otherwise != null && otherwise.strength() > 1 ? otherwise : new Figured("case", 1);
        }
        // a window function is a function call; EXTRACT is the function extract; an interval literal a cast
        if (e instanceof AnalyticExpression w && w.getName() != null) return new Figured(PgExprPrinter.fold(w.getName()), 2);
        if (e instanceof ExtractExpression) return new Figured("extract", 2);
        if (e instanceof IntervalExpression) return new Figured("interval", 1);
        if (e instanceof ArrayConstructor a && a.isArrayKeyword()) return new Figured("array", 2);
        if (e instanceof RowConstructor<?> r && r.getName() != null && r.getName().equalsIgnoreCase("row")) return new Figured("row", 2);
        if (e instanceof TimezoneExpression) return new Figured("timezone", 2);
        if (e instanceof TimeKeyExpression k) {
            String kw = k.getStringValue().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (Set.of("current_date", "current_timestamp", "current_time", "localtime", "localtimestamp").contains(kw)) return new Figured(kw, 2);
            throw new Unsupported("a view column without a name PostgreSQL would choose (give it an alias)");
        }
        // constants and operators have no name of their own
        if (e instanceof LongValue || e instanceof DoubleValue || e instanceof StringValue s && (s.getPrefix() == null || s.getPrefix().isEmpty())
                || e instanceof NullValue || e instanceof BooleanValue || e instanceof SignedExpression || e instanceof BinaryExpression
                || e instanceof NotExpression || e instanceof IsNullExpression || e instanceof IsBooleanExpression || e instanceof Between
                || e instanceof InExpression || e instanceof LikeExpression || e instanceof net.sf.jsqlparser.expression.JsonExpression) {
            return null;
        }
        throw new Unsupported("a view column without a name PostgreSQL would choose (give it an alias)");
    }

    /** The type's last name as the grammar keeps it. */
    private static String typeName(CastExpression c) {
        if (c.getColDataType() == null || c.getColDataType().getArrayData() != null && !c.getColDataType().getArrayData().isEmpty()) {
            throw new Unsupported("a view column named after a cast PostgreSQL would name otherwise (give it an alias)");
        }
        String written = c.getColDataType().getDataType().strip();
        if (written.startsWith("\"")) {
            if (!written.endsWith("\"") || written.length() < 2) throw new Unsupported("a view column named after a quoted type (give it an alias)");
            return PgExprPrinter.fold(written);
        }
        boolean modifiers = written.contains("(") || c.getColDataType().getArgumentsStringList() != null && !c.getColDataType().getArgumentsStringList().isEmpty();
        // the modifiers do not change the name: varchar(10) is varchar
        String spelled = written.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        String known = SYSTEM_TYPES.get(spelled);
        if (known != null) {
            // float(p) is float4 or float8 by its precision
            if (spelled.equals("float") && modifiers) throw new Unsupported("a view column named after float(p) (give it an alias)");
            return known;
        }
        int dot = spelled.lastIndexOf('.');
        String last = dot < 0 ? spelled : spelled.substring(dot + 1);
        if (!last.matches("[a-z_][a-z0-9_$]*") || TYPE_WORDS.contains(last) || spelled.contains(" ")) {
            throw new Unsupported("a view column named after the type " + written + " (give it an alias)");
        }
        return last;
    }
}
