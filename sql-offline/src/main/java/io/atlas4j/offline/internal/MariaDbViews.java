package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A view's query as MariaDB keeps it in information_schema.VIEWS, with the schema's own qualifier removed as the
 * inspector removes it: {@code select `t`.`c` AS `c` from `t`}, every output column named with AS, columns
 * qualified by their table or alias, joins nested in parentheses with {@code on(...)}, {@code count(0)} for
 * {@code count(*)}. A plain SELECT over tables and views; anything else is {@link Unsupported}.
 */
final class MariaDbViews {
    /** The printed query and its output column names. */
    record Printed(String definition, List<String> columns) {
    }

    private record Rel(String qualifier, List<String> columns) {
    }

    private MariaDbViews() {
    }

    /** @param relation a table or view the SQL created, by name, to its column names; null when there is none */
    static Printed print(String query, Function<String, List<String>> relation) {
        Statement st;
        try {
            st = CCJSqlParserUtil.parse(bareCollations(query));
        } catch (Exception | Error x) {
            throw new Unsupported("a view query JSqlParser cannot read");
        }
        if (!(st instanceof PlainSelect p)) throw new Unsupported("a view that is not a plain SELECT (set operations, VALUES)");
        return select(p, relation, List.of(), true);
    }

    /**
     * @param outer the relations of the enclosing queries, innermost first, for a correlated subquery
     * @param top   whether this is the view's own query: its output columns are all named with AS
     */
    private static Printed select(PlainSelect p, Function<String, List<String>> relation, List<Map<String, Rel>> outer, boolean top) {
        if (p.getWithItemsList() != null || p.getIntoTables() != null || p.getFetch() != null || p.getForMode() != null
                || p.getWindowDefinitions() != null || p.getOffset() != null
                || p.getDistinct() != null && (p.getDistinct().getOnSelectItems() != null || p.getDistinct().isUseUnique())) {
            throw new Unsupported("a view clause the server would re-print (WITH, FETCH, OFFSET, WINDOW)");
        }
        if (!top && (p.getOrderByElements() != null || p.getLimit() != null || p.getGroupBy() != null || p.getHaving() != null
                || p.getDistinct() != null)) {
            // the server may drop or rewrite these in a subquery
            throw new Unsupported("a subquery in a view that orders, limits, groups or removes duplicates");
        }
        if (withoutRelations(p)) {
            if (!top) throw new Unsupported("a subquery without FROM in a view");
            return printWithoutFrom(p);
        }
        FromItem first = p.getFromItem();
        List<Join> joins = p.getJoins() == null ? new ArrayList<>() : new ArrayList<>(p.getJoins());
        if (first instanceof ParenthesedFromItem pf && joins.isEmpty()) {
            first = pf.getFromItem();
            if (pf.getJoins() != null) joins.addAll(pf.getJoins());
            if (pf.getAlias() != null) throw new Unsupported("an aliased join in a view");
        }
        Map<String, Rel> rels = new LinkedHashMap<>();
        String from = item(first, relation, rels);
        List<Map<String, Rel>> scopes = new ArrayList<>();
        scopes.add(rels);
        scopes.addAll(outer);
        Function<Column, String> refs = c -> {
            String q = c.getTable() == null || c.getTable().getName() == null ? null : MariaDbChecks.unquote(c.getTable().getName());
            if (c.getTable() != null && c.getTable().getSchemaName() != null) throw new Unsupported("a column qualified by its schema in a view");
            String n = MariaDbChecks.unquote(c.getColumnName());
            // the innermost query that has the column wins, as name resolution goes outward
            for (Map<String, Rel> scope : scopes) {
                Rel found = null;
                String col = null;
                for (Rel r : scope.values()) {
                    if (q != null && !r.qualifier().equalsIgnoreCase(q)) continue;
                    for (String x : r.columns()) {
                        if (x.equalsIgnoreCase(n)) {
                            if (found != null) throw new Unsupported("an ambiguous column " + n + " in a view");
                            found = r;
                            col = x;
                        }
                    }
                }
                if (found != null) return id(found.qualifier()) + "." + id(col);
                if (q != null && scope.containsKey(q.toLowerCase(java.util.Locale.ROOT))) break;
            }
            throw new Unsupported("column " + n + " in a view, which the SQL does not create");
        };
        Function<net.sf.jsqlparser.statement.select.Select, String> subquery = sq -> {
            if (!(sq instanceof PlainSelect inner)) throw new Unsupported("a subquery in a view that is not a plain SELECT");
            return select(inner, relation, scopes, false).definition();
        };
        for (Join j : joins) {
            if (j.isSimple() || j.isNatural() || j.isApply() || j.isSemi() || j.isGlobal() || j.isWindowJoin() || j.isFull() || j.isCross()
                    || j.getUsingColumns() != null && !j.getUsingColumns().isEmpty() || j.getOnExpressions().size() != 1) {
                throw new Unsupported("a view join the server would re-print (a comma, NATURAL, USING, CROSS or FULL join)");
            }
            String kind = j.isLeft() ? " left join " : j.isRight() ? " left join " : j.isStraight() ? " straight_join " : " join ";
            if (j.isRight()) throw new Unsupported("a RIGHT JOIN in a view (the server turns it around)");
            String right = item(j.getRightItem(), relation, rels);
            from = "(" + from + kind + right + " on(" + MariaDbChecks.printInView(j.getOnExpressions().iterator().next(), refs, subquery) + "))";
        }
        List<String> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SelectItem<?> item : p.getSelectItems()) {
            Expression e = item.getExpression();
            if (!top && (e instanceof AllTableColumns || e instanceof AllColumns)) throw new Unsupported("a * in a subquery of a view");
            if (e instanceof AllTableColumns || e instanceof AllColumns) {
                String q = e instanceof AllTableColumns a ? MariaDbChecks.unquote(a.getTable().getName()) : null;
                for (Rel r : rels.values()) {
                    if (q != null && !r.qualifier().equalsIgnoreCase(q)) continue;
                    for (String c : r.columns()) {
                        targets.add(id(r.qualifier()) + "." + id(c) + " AS " + id(c));
                        names.add(c);
                    }
                }
                continue;
            }
            String sql = MariaDbChecks.printInView(e, refs, subquery);
            if (!top) {
                // a subquery's columns keep only the aliases written
                targets.add(item.getAlias() == null ? sql : sql + " AS " + id(MariaDbChecks.unquote(item.getAlias().getName())));
                continue;
            }
            String name;
            if (item.getAlias() != null) name = MariaDbChecks.unquote(item.getAlias().getName());
            else if (e instanceof Column c) name = refs.apply(c).substring(refs.apply(c).lastIndexOf(".`") + 2, refs.apply(c).length() - 1).replace("``", "`");
            else throw new Unsupported("a view column without an alias (the server names it after its text)");
            targets.add(sql + " AS " + id(name));
            names.add(name);
        }
        StringBuilder b = new StringBuilder("select ");
        if (p.getDistinct() != null) b.append("distinct ");
        b.append(String.join(",", targets)).append(" from ").append(from);
        if (p.getWhere() != null) b.append(" where ").append(MariaDbChecks.printInView(p.getWhere(), refs, subquery));
        if (p.getGroupBy() != null) {
            List<String> g = new ArrayList<>();
            for (Object x : p.getGroupBy().getGroupByExpressionList()) g.add(MariaDbChecks.printInView((Expression) x, refs, subquery));
            b.append(" group by ").append(String.join(",", g));
        }
        if (p.getHaving() != null) b.append(" having ").append(MariaDbChecks.printInView(p.getHaving(), refs, subquery));
        if (p.getOrderByElements() != null) {
            List<String> o = new ArrayList<>();
            for (OrderByElement x : p.getOrderByElements()) {
                if (x.getNullOrdering() != null) throw new Unsupported("NULLS FIRST/LAST in a view");
                o.add(MariaDbChecks.printInView(x.getExpression(), refs, subquery) + (x.isAsc() ? "" : " desc"));
            }
            b.append(" order by ").append(String.join(",", o));
        }
        if (p.getLimit() != null) {
            if (p.getLimit().getOffset() != null || !(p.getLimit().getRowCount() instanceof net.sf.jsqlparser.expression.LongValue n)) {
                throw new Unsupported("a view LIMIT other than a number");
            }
            b.append(" limit ").append(n.getStringValue());
        }
        return new Printed(b.toString(), names);
    }

    /** {@return the query with {@code COLLATE `name`} and {@code COLLATE 'name'} written bare, the one spelling JSqlParser reads} */
    private static String bareCollations(String query) {
        List<Token> tokens = Lexer.tokens(query, true);
        StringBuilder out = new StringBuilder(query);
        for (int k = tokens.size() - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (!tokens.get(k - 1).is("COLLATE") || t.kind() == Token.Kind.WORD) continue;
            String bare = t.text().substring(1, t.text().length() - 1);
            if (!bare.matches("[A-Za-z0-9_]+")) throw new Unsupported("the collation " + t.text() + " in a view");
            out.replace(t.start(), t.end(), bare);
        }
        return out.toString();
    }

    /** {@return whether the query reads no relation: no FROM, or FROM DUAL, which the server drops} */
    private static boolean withoutRelations(PlainSelect p) {
        if (p.getFromItem() == null) return true;
        return p.getFromItem() instanceof Table t && t.getSchemaName() == null && t.getAlias() == null && t.getName().equalsIgnoreCase("DUAL")
                && (p.getJoins() == null || p.getJoins().isEmpty());
    }

    /** {@code select 1 AS `x`}: only the output columns, each with its alias. */
    private static Printed printWithoutFrom(PlainSelect p) {
        if (p.getJoins() != null && !p.getJoins().isEmpty() || p.getWhere() != null || p.getGroupBy() != null || p.getHaving() != null
                || p.getOrderByElements() != null || p.getLimit() != null || p.getDistinct() != null) {
            throw new Unsupported("a view without FROM that filters, groups, orders or limits");
        }
        Function<Column, String> none = c -> {
            throw new Unsupported("column " + c.getColumnName() + " in a view that reads no table");
        };
        List<String> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SelectItem<?> item : p.getSelectItems()) {
            if (item.getAlias() == null) throw new Unsupported("a view column without an alias (the server names it after its text)");
            String name = MariaDbChecks.unquote(item.getAlias().getName());
            if (names.stream().anyMatch(name::equalsIgnoreCase)) throw new Unsupported("the view column " + name + " twice");
            targets.add(MariaDbChecks.printInView(item.getExpression(), none) + " AS " + id(name));
            names.add(name);
        }
        return new Printed("select " + String.join(",", targets), names);
    }

    private static String id(String n) {
        return "`" + n.replace("`", "``") + "`";
    }

    private static String item(FromItem f, Function<String, List<String>> relation, Map<String, Rel> rels) {
        if (!(f instanceof Table t) || t.getSchemaName() != null) throw new Unsupported("a view reading a subquery, or a table of another schema");
        String name = MariaDbChecks.unquote(t.getName());
        List<String> cols = relation.apply(name);
        if (cols == null) throw new Unsupported("a view reading " + name + ", which the SQL does not create");
        String alias = t.getAlias() == null ? null : MariaDbChecks.unquote(t.getAlias().getName());
        String q = alias == null ? name : alias;
        if (rels.containsKey(q.toLowerCase(java.util.Locale.ROOT))) throw new Unsupported("the relation " + q + " twice in a view");
        rels.put(q.toLowerCase(java.util.Locale.ROOT), new Rel(q, cols));
        return id(name) + (alias == null ? "" : " " + id(alias));
    }
}
