package io.atlas4j.offline.internal;

import io.atlas4j.postgres.internal.PgIdent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A view's query as PostgreSQL 15's {@code pg_get_viewdef(oid, true)} prints it: one output column a line,
 * columns qualified by their relation's alias or name, FROM and JOIN lines, WHERE, GROUP BY, HAVING,
 * ORDER BY and LIMIT each on a line of its own, indented as the server indents them, expressions as
 * {@link PgExprPrinter} prints them. A plain SELECT over tables and views; anything else (set operations,
 * CTEs, subqueries, window functions, DISTINCT ON) is {@link Unsupported}.
 */
final class PgViews {
    /** An output column of a relation. */
    record Col(String name, String type) {
    }

    /** The printed query and its output columns. */
    record Printed(String definition, List<Col> columns) {
    }

    /** A relation in FROM: how its columns are qualified and what it has. */
    private record Rel(String qualifier, List<Col> columns) {
    }

    private PgViews() {
    }

    /**
     * @param relation a (schema or null, name) of a table or view the SQL created to its columns, or null when there is none
     * @param inPath   whether a schema is on the search path (its relations are printed unqualified)
     */
    static Printed print(String query, BiFunction<String, String, List<Col>> relation, Function<String, Boolean> inPath,
                         Function<String, String> userTypes, Function<String, String> typeLabel) {
        Statement st;
        try {
            st = CCJSqlParserUtil.parse(query);
        } catch (Exception | Error x) {
            throw new Unsupported("a view query JSqlParser cannot read");
        }
        if (!(st instanceof PlainSelect p)) throw new Unsupported("a view that is not a plain SELECT (set operations, VALUES, parenthesized queries)");
        if (p.getWithItemsList() != null || p.getIntoTables() != null || p.getFetch() != null || p.getForMode() != null
                || p.getWindowDefinitions() != null || p.getQualify() != null || p.getTop() != null || p.getOffset() != null
                || p.getDistinct() != null && (p.getDistinct().getOnSelectItems() != null || p.getDistinct().isUseUnique())) {
            throw new Unsupported("a view clause PostgreSQL would re-print (WITH, DISTINCT ON, FETCH, OFFSET, WINDOW)");
        }
        if (p.getFromItem() == null) throw new Unsupported("a view without FROM");
        Map<String, Rel> rels = new LinkedHashMap<>();
        StringBuilder from = new StringBuilder("   FROM ").append(fromItem(p.getFromItem(), relation, inPath, rels));
        Function<String[], String[]> refs = r -> {
            Rel found = null;
            Col col = null;
            for (Rel rel : rels.values()) {
                if (r[0] != null && !rel.qualifier().equals(r[0])) continue;
                for (Col c : rel.columns()) {
                    if (c.name().equals(r[1])) {
                        if (found != null) throw new Unsupported("an ambiguous column " + r[1] + " in a view");
                        found = rel;
                        col = c;
                    }
                }
            }
            return found == null ? null : new String[] {PgIdent.quote(found.qualifier()) + "." + PgIdent.quote(col.name()), col.type()};
        };
        if (p.getJoins() != null) {
            for (Join j : p.getJoins()) {
                if (j.isSimple() || j.isNatural() || j.isApply() || j.isSemi() || j.isStraight() || j.isGlobal() || j.isWindowJoin()
                        || j.getUsingColumns() != null && !j.getUsingColumns().isEmpty()) {
                    throw new Unsupported("a view join PostgreSQL would re-print (a comma, NATURAL or USING join)");
                }
                String kind = j.isCross() ? "CROSS JOIN" : j.isLeft() ? "LEFT JOIN" : j.isRight() ? "RIGHT JOIN" : j.isFull() ? "FULL JOIN" : "JOIN";
                from.append("\n     ").append(kind).append(' ').append(fromItem(j.getRightItem(), relation, inPath, rels));
                List<Expression> on = new ArrayList<>(j.getOnExpressions());
                if (j.isCross() != on.isEmpty()) throw new Unsupported("a view join without ON");
                if (on.size() > 1) throw new Unsupported("a view join with several ON clauses");
                if (!on.isEmpty()) from.append(" ON ").append(expr(on.get(0), refs, userTypes, typeLabel, "boolean"));
            }
        }
        StringBuilder b = new StringBuilder("SELECT ");
        if (p.getDistinct() != null) b.append("DISTINCT ");
        List<Col> out = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (SelectItem<?> item : p.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns || e instanceof AllColumns) {
                if (item.getAlias() != null) throw new Unsupported("an aliased * in a view");
                String q = e instanceof AllTableColumns a ? PgExprPrinter.fold(a.getTable().getName()) : null;
                if (e instanceof AllColumns a && (a.getExceptColumns() != null || a.getReplaceExpressions() != null)) throw new Unsupported("* EXCEPT in a view");
                boolean any = false;
                for (Rel rel : rels.values()) {
                    if (q != null && !rel.qualifier().equals(q)) continue;
                    any = true;
                    for (Col c : rel.columns()) {
                        targets.add(PgIdent.quote(rel.qualifier()) + "." + PgIdent.quote(c.name()));
                        out.add(c);
                    }
                }
                if (!any) throw new Unsupported("a * of a relation the view does not read");
                continue;
            }
            String[] type = new String[1];
            String sql = PgExprPrinter.printInQuery(e, refs, userTypes, typeLabel, type);
            String name;
            boolean isColumn = e instanceof Column;
            if (item.getAlias() != null) {
                if (item.getAlias().getAliasColumns() != null) throw new Unsupported("a view alias with columns");
                name = PgExprPrinter.fold(item.getAlias().getName());
            } else if (isColumn) {
                name = PgExprPrinter.fold(((Column) e).getColumnName());
            } else {
                throw new Unsupported("a view column without a name PostgreSQL would choose (give it an alias)");
            }
            // a plain column keeps its name; anything else, or a renamed column, is printed with AS
            boolean same = isColumn && PgExprPrinter.fold(((Column) e).getColumnName()).equals(name);
            targets.add(same ? sql : sql + " AS " + PgIdent.quote(name));
            out.add(new Col(name, type[0]));
        }
        for (int i = 0; i < out.size(); i++) {
            for (int k = 0; k < i; k++) if (out.get(k).name().equals(out.get(i).name())) throw new Unsupported("a view column " + out.get(i).name() + " twice");
        }
        b.append(String.join(",\n    ", targets)).append('\n').append(from);
        if (p.getWhere() != null) b.append("\n  WHERE ").append(expr(p.getWhere(), refs, userTypes, typeLabel, "boolean"));
        if (p.getGroupBy() != null) {
            if (p.getGroupBy().getGroupingSets() != null && !p.getGroupBy().getGroupingSets().isEmpty()) throw new Unsupported("GROUPING SETS in a view");
            List<String> g = new ArrayList<>();
            for (Object x : p.getGroupBy().getGroupByExpressionList()) {
                if (x instanceof net.sf.jsqlparser.expression.LongValue) throw new Unsupported("GROUP BY a position in a view");
                g.add(expr((Expression) x, refs, userTypes, typeLabel, null));
            }
            b.append("\n  GROUP BY ").append(String.join(", ", g));
        }
        if (p.getHaving() != null) b.append("\n HAVING ").append(expr(p.getHaving(), refs, userTypes, typeLabel, "boolean"));
        if (p.getOrderByElements() != null) {
            List<String> o = new ArrayList<>();
            for (OrderByElement x : p.getOrderByElements()) {
                if (x.getNullOrdering() != null || x.getExpression() instanceof net.sf.jsqlparser.expression.LongValue) {
                    throw new Unsupported("ORDER BY a position or with NULLS FIRST/LAST in a view");
                }
                o.add(expr(x.getExpression(), refs, userTypes, typeLabel, null) + (x.isAsc() ? "" : " DESC"));
            }
            b.append("\n  ORDER BY ").append(String.join(", ", o));
        }
        if (p.getLimit() != null) {
            if (p.getLimit().getOffset() != null || p.getLimit().isLimitAll() || p.getLimit().isLimitNull()
                    || !(p.getLimit().getRowCount() instanceof net.sf.jsqlparser.expression.LongValue n)) {
                throw new Unsupported("a view LIMIT other than a number");
            }
            b.append("\n LIMIT ").append(n.getStringValue());
        }
        return new Printed(b.toString(), out);
    }

    private static String expr(Expression e, Function<String[], String[]> refs, Function<String, String> userTypes, Function<String, String> typeLabel,
                               String want) {
        String[] type = new String[1];
        String sql = PgExprPrinter.printInQuery(e, refs, userTypes, typeLabel, type);
        if (want != null && !want.equals(type[0])) throw new Unsupported("a view condition that is not boolean");
        return sql;
    }

    private static String fromItem(FromItem f, BiFunction<String, String, List<Col>> relation, Function<String, Boolean> inPath, Map<String, Rel> rels) {
        if (!(f instanceof Table t) || t.getDatabaseName() != null) throw new Unsupported("a view reading a subquery or function (PostgreSQL re-prints it)");
        if (t.getSampleClause() != null) throw new Unsupported("TABLESAMPLE in a view");
        String schema = t.getSchemaName() == null ? null : PgExprPrinter.fold(t.getSchemaName());
        String name = PgExprPrinter.fold(t.getName());
        List<Col> cols = relation.apply(schema, name);
        if (cols == null) throw new Unsupported("a view reading " + name + ", which the SQL does not create");
        String alias = null;
        if (t.getAlias() != null) {
            if (t.getAlias().getAliasColumns() != null) throw new Unsupported("a FROM alias with columns in a view");
            alias = PgExprPrinter.fold(t.getAlias().getName());
        }
        String qualifier = alias != null ? alias : name;
        if (rels.containsKey(qualifier)) throw new Unsupported("the relation " + qualifier + " twice in a view");
        rels.put(qualifier, new Rel(qualifier, cols));
        String printed = (schema == null || inPath.apply(schema) ? "" : PgIdent.quote(schema) + ".") + PgIdent.quote(name);
        return alias == null ? printed : printed + " " + PgIdent.quote(alias);
    }
}
