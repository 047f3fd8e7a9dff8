package io.atlas4j.offline.internal;

import io.atlas4j.offline.internal.PgViews.Col;
import io.atlas4j.postgres.internal.PgIdent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.AnyType;
import net.sf.jsqlparser.expression.CastExpression;
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
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * PostgreSQL 15's deparser ({@code ruleutils.c}: {@code get_query_def} and what it calls) in its pretty,
 * wrap-every-column mode, for the queries a view may hold: WITH [RECURSIVE], set operations, SELECT [DISTINCT
 * [ON]] without or with FROM (tables, views, CTEs, subqueries, joins with ON or USING), WHERE, GROUP BY, HAVING,
 * ORDER BY, OFFSET and LIMIT. Each query level has its own indentation, as each {@code get_query_def} call has
 * its own context, and names its FROM items as {@code set_rtable_names} does: a name an enclosing level (or the
 * view's own {@code old} and {@code new}) already uses gets a {@code _N} suffix.
 */
final class PgViewDeparser {
    private static final int STD = 8;
    private static final int JOIN = 4;
    private static final int VAR = 4;
    /** Past this indentation the server compresses it; such deep nesting is refused. */
    private static final int INDENT_LIMIT = 40;

    private final BiFunction<String, String, List<Col>> relation;
    private final Function<String, Boolean> inPath;
    private final Function<String, String> userTypes;
    private final Function<String, String> typeLabel;

    /** A printed query and its output columns. */
    record Query(String sql, List<Col> columns) {
    }

    /** A common table expression; its columns are known once its (non-recursive part) is printed. */
    private static final class Cte {
        final String name;
        List<Col> columns;

        Cte(String name) {
            this.name = name;
        }
    }

    /** A FROM item: the name a query writes for it, the name the deparser prints for it, its columns. */
    private record Rel(String visible, String refname, List<Col> columns) {
    }

    /** One query level's namespace, as ruleutils' deparse_namespace. */
    private static final class Level {
        final Level parent;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> cteNames = new HashSet<>();
        final Map<String, Cte> visibleCtes = new HashMap<>();
        final List<Rel> rels = new ArrayList<>();
        /** USING join columns: an unqualified name to {printed, type}. */
        final Map<String, String[]> merged = new HashMap<>();
        /** What * reads: the FROM items' columns in order, a USING join's merged columns first in its place. */
        final List<Target> star = new ArrayList<>();
        List<String> pendingRefnames = List.of();

        Level(Level parent) {
            this.parent = parent;
        }
    }

    /** The indentation of one get_query_def call. */
    private static final class Ctx {
        int indent;

        Ctx(int indent) {
            this.indent = indent;
        }
    }

    /** An output column as the target list prints it. */
    private record Target(String sql, String name, String varName, Expression expr, String type) {
    }

    PgViewDeparser(BiFunction<String, String, List<Col>> relation, Function<String, Boolean> inPath,
                   Function<String, String> userTypes, Function<String, String> typeLabel) {
        this.relation = relation;
        this.inPath = inPath;
        this.userTypes = userTypes;
        this.typeLabel = typeLabel;
    }

    /**
     * {@return a view's query as {@code pg_get_viewdef(oid, true)} prints it, without its leading space and final semicolon}
     * @param names the view's column list (its first columns' names), empty without one
     */
    Query view(Select s, List<String> names) {
        Query printed = query(s, null, 0, true, true, null, names);
        if (names.size() > printed.columns().size()) throw new Unsupported("a view column list longer than its query's columns");
        List<Col> columns = new ArrayList<>();
        for (int i = 0; i < printed.columns().size(); i++) {
            Col c = printed.columns().get(i);
            columns.add(i < names.size() ? new Col(names.get(i), c.type()) : c);
        }
        Query q = new Query(printed.sql(), columns);
        for (int i = 0; i < q.columns().size(); i++) {
            for (int k = 0; k < i; k++) {
                if (q.columns().get(k).name().equals(q.columns().get(i).name())) throw new Unsupported("a view column " + q.columns().get(i).name() + " twice");
            }
        }
        return new Query(q.sql().strip(), q.columns());
    }

    // get_query_def / get_select_query_def

    private Query query(Select raw, Level parent, int indent, boolean top, boolean colNamesVisible, Consumer<List<Col>> firstLeaf) {
        return query(raw, parent, indent, top, colNamesVisible, firstLeaf, List.of());
    }

    /** @param viewNames the view's column list, which the top level prints as its columns' names */
    private Query query(Select raw, Level parent, int indent, boolean top, boolean colNamesVisible, Consumer<List<Col>> firstLeaf, List<String> viewNames) {
        Select s = unwrap(raw);
        if (s.getForMode() != null || s.getForUpdateTable() != null || s.getLimitBy() != null || s.getIsolation() != null || s.getForClause() != null
                || s.getPivot() != null || s.getUnPivot() != null) {
            throw new Unsupported("a view clause PostgreSQL would re-print (FOR UPDATE, PIVOT)");
        }
        Level level = new Level(parent);
        if (top) {
            // a PostgreSQL 15 view's rule keeps the old and new pseudo-relations first in its range table
            level.names.add("old");
            level.names.add("new");
        }
        Ctx ctx = new Ctx(indent);
        StringBuilder b = new StringBuilder();
        List<Col> columns;
        if (s instanceof PlainSelect p) {
            assignNames(level, fromNames(p));
            if (s.getWithItemsList() != null && !s.getWithItemsList().isEmpty()) b.append(with(s.getWithItemsList(), level, ctx));
            List<Target> targets = new ArrayList<>();
            b.append(plain(p, level, ctx, colNamesVisible, targets, top && !viewNames.isEmpty() ? viewNames : null));
            columns = new ArrayList<>();
            for (Target t : targets) columns.add(new Col(t.name(), t.type()));
            orderBy(b, ctx, s.getOrderByElements(), level, targets, false);
        } else if (s instanceof SetOperationList so) {
            PgViewSetOps.SetNode tree = PgViewSetOps.tree(so);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= PgViewSetOps.leaves(tree); i++) names.add("*SELECT* " + i);
            assignNames(level, names);
            if (s.getWithItemsList() != null && !s.getWithItemsList().isEmpty()) b.append(with(s.getWithItemsList(), level, ctx));
            List<List<Col>> leaves = new ArrayList<>();
            List<String> resultNames = top ? new ArrayList<>(viewNames) : null;
            setop(b, tree, level, ctx, resultNames, colNamesVisible, leaves, firstLeaf);
            columns = setopColumns(leaves);
            orderBy(b, ctx, s.getOrderByElements(), level, columns.stream().map(c -> new Target(null, c.name(), null, null, c.type())).toList(), true);
        } else if (s instanceof Values v) {
            if (hasClauses(v)) throw new Unsupported("VALUES with ORDER BY or LIMIT in a view (PostgreSQL prints it as a SELECT)");
            columns = new ArrayList<>();
            b.append(values(v, level, ctx, columns, top ? viewNames : null));
        } else {
            throw new Unsupported("a view query of another form than SELECT, a set operation or VALUES");
        }
        limit(b, ctx, s);
        return new Query(b.toString(), columns);
    }

    /** {@return the query inside redundant parentheses} */
    private static Select unwrap(Select s) {
        Select x = s;
        while (x instanceof ParenthesedSelect ps) {
            if (ps instanceof LateralSubSelect || ps.getAlias() != null || ps.getSampleClause() != null) throw new Unsupported("a parenthesized view query with an alias");
            if (ps.getOrderByElements() != null || ps.getLimit() != null || ps.getOffset() != null || ps.getFetch() != null
                    || ps.getWithItemsList() != null && !ps.getWithItemsList().isEmpty()) {
                throw new Unsupported("a clause after a parenthesized view query");
            }
            x = ps.getSelect();
        }
        return x;
    }

    static boolean hasClauses(Select s) {
        return s.getOrderByElements() != null && !s.getOrderByElements().isEmpty() || s.getLimit() != null || s.getOffset() != null
                || s.getFetch() != null || s.getWithItemsList() != null && !s.getWithItemsList().isEmpty();
    }

    /** set_rtable_names: a FROM item's name, made unique against the enclosing levels' names and this level's earlier ones. */
    private static void assignNames(Level level, List<String> own) {
        Map<String, Integer> counters = new HashMap<>();
        for (Level l = level.parent; l != null; l = l.parent) for (String n : l.names) counters.put(n, 0);
        for (String n : level.names) counters.put(n, 0);
        List<String> assigned = new ArrayList<>();
        for (String name : own) {
            String refname = name;
            Integer counter = counters.get(name);
            if (counter != null) {
                String modified;
                do {
                    counter++;
                    counters.put(name, counter);
                    modified = name + "_" + counter;
                } while (counters.containsKey(modified));
                if (modified.getBytes(StandardCharsets.UTF_8).length >= 64) throw new Unsupported("a view relation name too long to be made unique");
                refname = modified;
            }
            counters.put(refname, 0);
            level.names.add(refname);
            assigned.add(refname);
        }
        level.pendingRefnames = new ArrayList<>(assigned);
    }

    // get_with_clause

    private String with(List<WithItem<?>> items, Level level, Ctx ctx) {
        boolean recursive = items.stream().anyMatch(WithItem::isRecursive);
        List<String> names = new ArrayList<>();
        for (WithItem<?> w : items) {
            if (w.getSelect() == null) throw new Unsupported("a data-modifying WITH in a view");
            String n = PgExprPrinter.fold(w.getAliasName());
            if (!level.cteNames.add(n)) throw new Unsupported("the CTE " + n + " twice");
            names.add(n);
            if (recursive) level.visibleCtes.put(n, new Cte(n));
        }
        StringBuilder b = new StringBuilder();
        ctx.indent += STD;
        b.append(' ');
        String sep = recursive ? "WITH RECURSIVE " : "WITH ";
        for (int i = 0; i < items.size(); i++) {
            WithItem<?> w = items.get(i);
            String name = names.get(i);
            b.append(sep).append(PgIdent.quote(name));
            List<String> aliases = new ArrayList<>();
            if (w.getWithItemList() != null) {
                for (SelectItem<?> si : w.getWithItemList()) {
                    if (!(si.getExpression() instanceof Column c) || si.getAlias() != null || c.getTable() != null && c.getTable().getName() != null) {
                        throw new Unsupported("a CTE column list PostgreSQL would re-print");
                    }
                    aliases.add(PgExprPrinter.fold(c.getColumnName()));
                }
                b.append('(').append(String.join(", ", aliases.stream().map(PgIdent::quote).toList())).append(')');
            }
            b.append(w.isMaterialized() ? " AS MATERIALIZED (" : " AS (");
            keyword(b, ctx, "", 0, 0, 0);
            Cte cte = recursive ? level.visibleCtes.get(name) : new Cte(name);
            Consumer<List<Col>> define = cols -> cte.columns = renamed(cols, aliases);
            Query q = query(w.getSelect(), level, ctx.indent, false, true, recursive ? define : null);
            define.accept(q.columns());
            b.append(q.sql());
            keyword(b, ctx, "", 0, 0, 0);
            b.append(')');
            level.visibleCtes.put(name, cte);
            sep = ", ";
        }
        ctx.indent -= STD;
        keyword(b, ctx, "", 0, 0, 0);
        return b.toString();
    }

    private static List<Col> renamed(List<Col> cols, List<String> aliases) {
        if (aliases.size() > cols.size()) throw new Unsupported("a CTE with more column names than columns");
        List<Col> out = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) out.add(i < aliases.size() ? new Col(aliases.get(i), cols.get(i).type()) : cols.get(i));
        distinct(out, "a CTE");
        return out;
    }

    private static void distinct(List<Col> cols, String what) {
        Set<String> seen = new HashSet<>();
        for (Col c : cols) if (!seen.add(c.name())) throw new Unsupported(what + " with the column " + c.name() + " twice (PostgreSQL renames it)");
    }

    // get_setop_query

    private void setop(StringBuilder b, PgViewSetOps.SetNode node, Level level, Ctx ctx, List<String> resultNames, boolean colNamesVisible,
                       List<List<Col>> leaves, Consumer<List<Col>> firstLeaf) {
        if (node instanceof PgViewSetOps.Leaf leaf) {
            Select inner = unwrapLeaf(leaf.select());
            boolean paren = hasClauses(inner);
            if (paren) b.append('(');
            Query q = leafQuery(inner, level, ctx.indent, resultNames, colNamesVisible);
            b.append(q.sql());
            if (paren) b.append(')');
            leaves.add(q.columns());
            if (leaves.size() == 1) {
                if (resultNames != null) {
                    for (int i = resultNames.size(); i < q.columns().size(); i++) resultNames.add(q.columns().get(i).name());
                }
                if (firstLeaf != null) firstLeaf.accept(q.columns());
            }
            return;
        }
        PgViewSetOps.SetOp op = (PgViewSetOps.SetOp) node;
        boolean paren = op.left() instanceof PgViewSetOps.SetOp l && !(l.kind().equals(op.kind()) && l.all() == op.all());
        int sub = 0;
        if (paren) {
            b.append('(');
            sub = STD;
            keyword(b, ctx, "", sub, 0, 0);
        }
        setop(b, op.left(), level, ctx, resultNames, colNamesVisible, leaves, firstLeaf);
        keyword(b, ctx, paren ? ") " : "", -sub, 0, 0);
        b.append(op.kind()).append(' ');
        if (op.all()) b.append("ALL ");
        paren = op.right() instanceof PgViewSetOps.SetOp;
        sub = paren ? STD : 0;
        if (paren) b.append('(');
        keyword(b, ctx, "", sub, 0, 0);
        setop(b, op.right(), level, ctx, resultNames, false, leaves, firstLeaf);
        ctx.indent -= sub;
        if (paren) keyword(b, ctx, ")", 0, 0, 0);
    }

    /** A set operation's operand: parentheses around a plain SELECT without clauses of its own are not kept. */
    private static Select unwrapLeaf(Select s) {
        Select x = s;
        while (x instanceof ParenthesedSelect ps && ps.getAlias() == null && !(ps instanceof LateralSubSelect) && !hasClauses(ps)) x = ps.getSelect();
        if (x instanceof ParenthesedSelect) throw new Unsupported("a set operation operand PostgreSQL would re-print");
        return x;
    }

    /** A set operation's operand: its own level; the operands after the first name their columns after the first's. */
    private Query leafQuery(Select s, Level setLevel, int indent, List<String> resultNames, boolean colNamesVisible) {
        Level level = new Level(setLevel);
        Ctx ctx = new Ctx(indent);
        if (s instanceof Values v && !hasClauses(v)) {
            List<Col> columns = new ArrayList<>();
            String sql = values(v, level, ctx, columns, resultNames);
            return new Query(sql, columns);
        }
        if (!(s instanceof PlainSelect p)) throw new Unsupported("a set operation operand PostgreSQL would re-print");
        StringBuilder b = new StringBuilder();
        assignNames(level, fromNames(p));
        if (p.getWithItemsList() != null && !p.getWithItemsList().isEmpty()) b.append(with(p.getWithItemsList(), level, ctx));
        List<Target> targets = new ArrayList<>();
        List<String> names = resultNames == null || resultNames.isEmpty() ? null : resultNames;
        b.append(plain(p, level, ctx, colNamesVisible, targets, names));
        orderBy(b, ctx, p.getOrderByElements(), level, targets, false);
        limit(b, ctx, p);
        List<Col> columns = new ArrayList<>();
        for (Target t : targets) columns.add(new Col(t.name(), t.type()));
        return new Query(b.toString(), columns);
    }

    private static List<Col> setopColumns(List<List<Col>> leaves) {
        List<Col> first = leaves.get(0);
        for (List<Col> l : leaves) {
            if (l.size() != first.size()) throw new Unsupported("set operation operands with different column counts");
            for (int i = 0; i < l.size(); i++) {
                if (!PgExprPrinter.base(l.get(i).type()).equals(PgExprPrinter.base(first.get(i).type()))) {
                    throw new Unsupported("set operation operands of different types (PostgreSQL adds casts)");
                }
            }
        }
        return first;
    }

    /** get_values_def: the rows without spaces between their values; each column of one type in every row. */
    private String values(Values v, Level level, Ctx ctx, List<Col> columns, List<String> resultNames) {
        if (v.getAlias() != null || v.getPivot() != null || v.getUnPivot() != null || v.getSampleClause() != null) throw new Unsupported("a VALUES clause PostgreSQL would re-print");
        List<List<Expression>> rows = new ArrayList<>();
        if (v.getExpressions() instanceof ParenthesedExpressionList<?> one) {
            rows.add(new ArrayList<>(one));
        } else {
            for (Expression row : v.getExpressions()) {
                if (!(row instanceof ParenthesedExpressionList<?> r)) throw new Unsupported("a VALUES row PostgreSQL would re-print");
                rows.add(new ArrayList<>(r));
            }
        }
        Function<String[], String[]> refs = refs(level);
        List<String> types = null;
        List<String> printed = new ArrayList<>();
        for (List<Expression> row : rows) {
            List<String> cells = new ArrayList<>();
            List<String> rowTypes = new ArrayList<>();
            for (Expression cell : row) {
                if (strip(cell) instanceof Select) throw new Unsupported("a subquery in VALUES");
                String[] type = new String[1];
                String sql = PgExprPrinter.printInQuery(cell, refs, userTypes, typeLabel, type);
                if (sql.indexOf('\n') >= 0) throw new Unsupported("a view expression PostgreSQL prints over several lines");
                cells.add(sql);
                rowTypes.add(type[0]);
            }
            // rows of other types are coerced to a common one, which the server prints with casts
            if (types != null && !types.equals(rowTypes)) throw new Unsupported("VALUES rows of different types (PostgreSQL casts them)");
            types = rowTypes;
            printed.add("(" + String.join(",", cells) + ")");
        }
        if (types == null || types.isEmpty()) throw new Unsupported("an empty VALUES");
        for (int i = 0; i < types.size(); i++) columns.add(new Col("column" + (i + 1), types.get(i)));
        // under other column names the server prints SELECT ... FROM (VALUES ...) "*VALUES*"
        if (resultNames != null) {
            for (int i = 0; i < resultNames.size() && i < columns.size(); i++) {
                if (!resultNames.get(i).equals(columns.get(i).name())) throw new Unsupported("VALUES under other column names in a view");
            }
        }
        ctx.indent += STD;
        return " VALUES " + String.join(", ", printed);
    }

    // get_basic_select_query


    private String plain(PlainSelect p, Level level, Ctx ctx, boolean colNamesVisible, List<Target> targets, List<String> resultNames) {
        if (p.getIntoTables() != null || p.getWindowDefinitions() != null || p.getQualify() != null || p.getTop() != null
                || p.getFirst() != null || p.getSkip() != null || p.getLateralViews() != null || p.getOracleHierarchical() != null
                || p.getKsqlWindow() != null || p.getIntoTempTable() != null) {
            throw new Unsupported("a view clause PostgreSQL would re-print (WINDOW, QUALIFY, INTO, TOP)");
        }
        StringBuilder b = new StringBuilder();
        ctx.indent += STD;
        b.append(' ');
        b.append("SELECT");
        String from = p.getFromItem() == null ? "" : from(p, level, ctx);
        Function<String[], String[]> refs = refs(level);
        for (SelectItem<?> item : p.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllTableColumns || e instanceof AllColumns) {
                if (item.getAlias() != null) throw new Unsupported("an aliased * in a view");
                if (e instanceof AllColumns a && (a.getExceptColumns() != null || a.getReplaceExpressions() != null)) throw new Unsupported("* EXCEPT in a view");
                String q = e instanceof AllTableColumns a ? PgExprPrinter.fold(a.getTable().getName()) : null;
                if (e instanceof AllTableColumns a && a.getTable().getSchemaName() != null) throw new Unsupported("a schema-qualified * in a view");
                if (q == null) {
                    if (level.star.isEmpty()) throw new Unsupported("a * of a relation the view does not read");
                    targets.addAll(level.star);
                    continue;
                }
                boolean any = false;
                for (Rel rel : level.rels) {
                    if (q != null && !rel.visible().equals(q)) continue;
                    any = true;
                    for (Col c : rel.columns()) {
                        targets.add(new Target(PgIdent.quote(rel.refname()) + "." + PgIdent.quote(c.name()), c.name(), c.name(), null, c.type()));
                    }
                }
                if (!any) throw new Unsupported("a * of a relation the view does not read");
                continue;
            }
            if (item.getAlias() != null && item.getAlias().getAliasColumns() != null) throw new Unsupported("a view alias with columns");
            String alias = item.getAlias() == null ? null : PgExprPrinter.fold(item.getAlias().getName());
            if (strip(e) instanceof Select sub) {
                // a scalar subquery takes its single column's name
                Query q = scalar(sub, level, ctx);
                Col only = q.columns().get(0);
                targets.add(new Target(q.sql(), alias != null ? alias : only.name(), null, e, only.type()));
                continue;
            }
            String[] type = new String[1];
            String sql = PgExprPrinter.printInQuery(e, refs, userTypes, typeLabel, type);
            if (sql.indexOf('\n') >= 0) throw new Unsupported("a view expression PostgreSQL prints over several lines");
            String name = alias != null ? alias : PgViewColumnNames.of(e);
            targets.add(new Target(sql, name, varName(e, sql, refs), e, type[0]));
        }
        if (p.getDistinct() != null) {
            if (p.getDistinct().isUseUnique()) throw new Unsupported("SELECT UNIQUE in a view");
            if (p.getDistinct().getOnSelectItems() != null) {
                List<String> on = new ArrayList<>();
                for (SelectItem<?> x : p.getDistinct().getOnSelectItems()) {
                    if (x.getAlias() != null) throw new Unsupported("an aliased DISTINCT ON item");
                    on.add(sortGroup(x.getExpression(), level, targets, false));
                }
                b.append(" DISTINCT ON (").append(String.join(", ", dedupe(on))).append(')');
            } else {
                b.append(" DISTINCT");
            }
        }
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            String colname = resultNames != null && k < resultNames.size() ? resultNames.get(k) : t.name();
            String attname = t.varName() != null ? t.varName() : colNamesVisible ? null : PgViewColumnNames.UNNAMED;
            String field = attname != null && attname.equals(colname) ? t.sql() : t.sql() + " AS " + PgIdent.quote(colname);
            if (k == 0) {
                b.append(' ');
            } else {
                b.append(", ");
                keyword(b, ctx, "", -STD, STD, VAR);
            }
            b.append(field);
        }
        b.append(from);
        if (p.getWhere() != null) {
            keyword(b, ctx, " WHERE ", -STD, STD, 1);
            b.append(condition(p.getWhere(), level, ctx));
        }
        if (p.getGroupBy() != null) {
            if (p.getGroupBy().getGroupingSets() != null && !p.getGroupBy().getGroupingSets().isEmpty()) throw new Unsupported("GROUPING SETS in a view");
            List<String> g = new ArrayList<>();
            for (Object x : p.getGroupBy().getGroupByExpressionList()) g.add(sortGroup((Expression) x, level, targets, true));
            keyword(b, ctx, " GROUP BY ", -STD, STD, 1);
            b.append(String.join(", ", dedupe(g)));
        }
        if (p.getHaving() != null) {
            keyword(b, ctx, " HAVING ", -STD, STD, 0);
            b.append(condition(p.getHaving(), level, ctx));
        }
        return b.toString();
    }

    /**
     * A WHERE, HAVING or ON condition. With a subquery in it ({@code x IN (SELECT ...)}, {@code [NOT] EXISTS
     * (SELECT ...)}) under AND, OR and NOT, the boolean operators are printed here, with the parentheses the
     * pretty mode keeps (an OR inside an AND), and the subquery as its own query level at the clause's
     * indentation, in the parentheses {@code get_sublink_expr} puts around it.
     */
    private String condition(Expression e, Level level, Ctx ctx) {
        Expression x = normalize(e);
        return hasSublink(x) ? bool(x, level, ctx) : predicate(x, refs(level));
    }

    private String bool(Expression e, Level level, Ctx ctx) {
        Expression x = strip(e);
        if (!hasSublink(x)) return predicate(x, refs(level));
        if (isSublink(x)) return sublink(x, level, ctx);
        if (x instanceof AndExpression || x instanceof OrExpression) {
            boolean and = x instanceof AndExpression;
            List<Expression> parts = new ArrayList<>();
            flatten(x, and, parts);
            List<String> printed = new ArrayList<>();
            for (Expression part : parts) {
                String sql = bool(part, level, ctx);
                printed.add(and && strip(part) instanceof OrExpression ? "(" + sql + ")" : sql);
            }
            return String.join(and ? " AND " : " OR ", printed);
        }
        throw new Unsupported("a subquery in a view condition PostgreSQL would re-print");
    }

    private static void flatten(Expression e, boolean and, List<Expression> parts) {
        Expression x = strip(e);
        if (and ? x instanceof AndExpression : x instanceof OrExpression) {
            net.sf.jsqlparser.expression.BinaryExpression b = (net.sf.jsqlparser.expression.BinaryExpression) x;
            flatten(b.getLeftExpression(), and, parts);
            flatten(b.getRightExpression(), and, parts);
        } else {
            parts.add(x);
        }
    }

    /**
     * JSqlParser reads {@code a IN (SELECT ...) AND b} as {@code a IN ((SELECT ...) AND b)}: the subquery is the
     * leftmost operand of the AND/OR tree on the right, which is otherwise read right, so the IN moves down there.
     */
    private static Expression rotate(Expression e) {
        if (!(e instanceof InExpression in) || !(in.getRightExpression() instanceof AndExpression || in.getRightExpression() instanceof OrExpression)) return e;
        net.sf.jsqlparser.expression.BinaryExpression top = (net.sf.jsqlparser.expression.BinaryExpression) in.getRightExpression();
        net.sf.jsqlparser.expression.BinaryExpression b = top;
        while (b.getLeftExpression() instanceof AndExpression || b.getLeftExpression() instanceof OrExpression) {
            b = (net.sf.jsqlparser.expression.BinaryExpression) b.getLeftExpression();
        }
        if (!(b.getLeftExpression() instanceof Select)) return e;
        in.setRightExpression(b.getLeftExpression());
        b.setLeftExpression(in);
        return top;
    }

    /** The condition with its IN subqueries put back where they belong, its AND, OR and NOT operands without parentheses. */
    private static Expression normalize(Expression e) {
        Expression x = rotate(strip(e));
        if (x instanceof AndExpression || x instanceof OrExpression) {
            net.sf.jsqlparser.expression.BinaryExpression b = (net.sf.jsqlparser.expression.BinaryExpression) x;
            b.setLeftExpression(normalize(b.getLeftExpression()));
            b.setRightExpression(normalize(b.getRightExpression()));
        } else if (x instanceof NotExpression n) {
            n.setExpression(normalize(n.getExpression()));
        }
        return x;
    }

    private static boolean hasSublink(Expression e) {
        Expression x = strip(e);
        if (isSublink(x)) return true;
        if (x instanceof AndExpression || x instanceof OrExpression) {
            net.sf.jsqlparser.expression.BinaryExpression b = (net.sf.jsqlparser.expression.BinaryExpression) x;
            return hasSublink(b.getLeftExpression()) || hasSublink(b.getRightExpression());
        }
        if (x instanceof NotExpression n) return hasSublink(n.getExpression());
        return false;
    }

    private String predicate(Expression e, Function<String[], String[]> refs) {
        String[] type = new String[1];
        String sql = PgExprPrinter.printInQuery(e, refs, userTypes, typeLabel, type);
        if (!"boolean".equals(type[0])) throw new Unsupported("a view condition that is not boolean");
        if (sql.indexOf('\n') >= 0) throw new Unsupported("a view expression PostgreSQL prints over several lines");
        return sql;
    }

    private static boolean isSublink(Expression e) {
        Expression x = strip(e);
        if (x instanceof NotExpression n) x = strip(n.getExpression());
        return x instanceof ExistsExpression ex && strip(ex.getRightExpression()) instanceof Select
                || x instanceof InExpression in && !in.isGlobal() && in.getRightExpression() instanceof Select && (e == x || !in.isNot())
                || x instanceof ComparisonOperator c && c.getRightExpression() instanceof AnyComparisonExpression && e == x;
    }

    private String sublink(Expression e, Level level, Ctx ctx) {
        boolean not = false;
        Expression x = e;
        if (x instanceof NotExpression n) {
            not = true;
            x = strip(n.getExpression());
        }
        if (x instanceof ExistsExpression ex) {
            if (ex.isNot()) not = !not;
            Query q = query((Select) strip(ex.getRightExpression()), level, ctx.indent, false, false, null);
            return (not ? "NOT " : "") + "(EXISTS (" + q.sql() + "))";
        }
        Expression left;
        Select select;
        String op;
        if (x instanceof InExpression in) {
            if (in.isNot()) not = !not;
            left = in.getLeftExpression();
            select = (Select) in.getRightExpression();
            op = "IN";
        } else {
            ComparisonOperator c = (ComparisonOperator) x;
            AnyComparisonExpression any = (AnyComparisonExpression) c.getRightExpression();
            String o = c.getStringExpression().equals("!=") ? "<>" : c.getStringExpression();
            if (!Set.of("=", "<>", "<", ">", "<=", ">=").contains(o)) throw new Unsupported("the operator " + o + " with a subquery in a view");
            boolean all = any.getAnyType() == AnyType.ALL;
            // = ANY is printed as IN
            op = o.equals("=") && !all ? "IN" : o + (all ? " ALL" : " ANY");
            left = c.getLeftExpression();
            select = any.getSelect();
        }
        if (strip(left) instanceof ParenthesedExpressionList<?> l && l.size() != 1) throw new Unsupported("a row compared with a subquery in a view");
        String[] type = new String[1];
        String printed = PgExprPrinter.printInQuery(left, refs(level), userTypes, typeLabel, type);
        Query q = query(select, level, ctx.indent, false, false, null);
        if (q.columns().size() != 1) throw new Unsupported("a subquery of several columns compared in a view");
        if (q.columns().get(0).type() == null || !PgExprPrinter.base(q.columns().get(0).type()).equals(PgExprPrinter.base(type[0]))) {
            throw new Unsupported("a value compared with a subquery of another type (PostgreSQL casts it)");
        }
        return (not ? "NOT " : "") + "(" + printed + " " + op + " (" + q.sql() + "))";
    }

    /** A scalar subquery as an output column: its own query level, in parentheses. */
    private Query scalar(Select s, Level level, Ctx ctx) {
        Query q = query(s, level, ctx.indent, false, false, null);
        if (q.columns().size() != 1) throw new Unsupported("a scalar subquery of several columns in a view");
        return new Query("(" + q.sql() + ")", q.columns());
    }

    private static List<String> dedupe(List<String> items) {
        return new ArrayList<>(new LinkedHashSet<>(items));
    }

    /**
     * The name of the column a target reads when the server keeps it as a plain column reference (a Var):
     * a column, or a cast the server drops because the column has that type already.
     */
    private static String varName(Expression e, String sql, Function<String[], String[]> refs) {
        Expression x = strip(e);
        if (x instanceof CastExpression c && strip(c.getLeftExpression()) instanceof Column inner) x = inner;
        if (!(x instanceof Column c) || isBooleanLiteral(c)) return null;
        String q = c.getTable() == null || c.getTable().getName() == null ? null : PgExprPrinter.fold(c.getTable().getName());
        String[] r = refs.apply(new String[] {q, PgExprPrinter.fold(c.getColumnName())});
        if (r == null || !r[0].equals(sql)) return null;
        return PgExprPrinter.fold(c.getColumnName());
    }

    private static Expression strip(Expression e) {
        return PgExprPrinter.unwrap(e);
    }

    private static boolean isBooleanLiteral(Column c) {
        return (c.getTable() == null || c.getTable().getName() == null)
                && (c.getColumnName().equalsIgnoreCase("true") || c.getColumnName().equalsIgnoreCase("false"));
    }

    /** Whether the server folds the expression to a constant (which it would print with a type label). */
    private static boolean constant(Expression e) {
        Expression x = strip(e);
        if (x instanceof SignedExpression s) return constant(s.getExpression());
        if (x instanceof CastExpression c) return constant(c.getLeftExpression());
        return x instanceof LongValue || x instanceof DoubleValue || x instanceof StringValue || x instanceof NullValue
                || x instanceof Column c && isBooleanLiteral(c);
    }

    /**
     * get_rule_sortgroupclause: the target list entry a DISTINCT ON, GROUP BY or ORDER BY item stands for, a
     * plain column as is, anything else in parentheses. A number is a position; a bare name is an output column's
     * (for GROUP BY only when no input column has it).
     */
    private String sortGroup(Expression e, Level level, List<Target> targets, boolean group) {
        Expression x = strip(e);
        Function<String[], String[]> refs = refs(level);
        Target target = null;
        if (x instanceof LongValue n) {
            long pos = n.getValue();
            if (pos < 1 || pos > targets.size()) throw new Unsupported("a view clause position out of range");
            target = targets.get((int) pos - 1);
        } else if (x instanceof Column c && (c.getTable() == null || c.getTable().getName() == null) && !isBooleanLiteral(c)) {
            String n = PgExprPrinter.fold(c.getColumnName());
            boolean input = refs.apply(new String[] {null, n}) != null;
            if (!group || !input) {
                List<Target> named = targets.stream().filter(t -> t.name().equals(n)).toList();
                if (named.size() > 1) throw new Unsupported("an ambiguous output column " + n + " in a view clause");
                if (named.size() == 1) target = named.get(0);
            }
        }
        if (target != null && target.expr() == null) {
            return target.sql();
        }
        Expression expr = target != null ? target.expr() : e;
        if (constant(expr)) throw new Unsupported("a constant in a view's DISTINCT ON, GROUP BY or ORDER BY");
        String sql = target != null ? target.sql() : PgExprPrinter.printInQuery(e, refs, userTypes, typeLabel, new String[1]);
        if (sql.indexOf('\n') >= 0) throw new Unsupported("a view expression PostgreSQL prints over several lines");
        boolean var = target != null ? target.varName() != null : varName(e, sql, refs) != null;
        return var ? sql : "(" + sql + ")";
    }

    private void orderBy(StringBuilder b, Ctx ctx, List<OrderByElement> items, Level level, List<Target> targets, boolean setop) {
        if (items == null || items.isEmpty()) return;
        List<String> printed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OrderByElement o : items) {
            if (o.isMysqlWithRollup()) throw new Unsupported("ORDER BY WITH ROLLUP");
            String sql;
            if (setop) {
                // after a set operation the server prints the output column's position
                Expression x = strip(o.getExpression());
                int pos = -1;
                if (x instanceof LongValue n) pos = (int) n.getValue();
                else if (x instanceof Column c && (c.getTable() == null || c.getTable().getName() == null)) {
                    String n = PgExprPrinter.fold(c.getColumnName());
                    for (int i = 0; i < targets.size(); i++) if (targets.get(i).name().equals(n)) pos = pos == -1 ? i + 1 : -2;
                }
                if (pos < 1 || pos > targets.size()) throw new Unsupported("a set operation ORDER BY other than an output column");
                sql = String.valueOf(pos);
            } else {
                sql = sortGroup(o.getExpression(), level, targets, false);
            }
            if (!seen.add(sql)) continue;
            boolean asc = o.isAsc();
            if (o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST && asc) sql += " NULLS FIRST";
            if (!asc) sql += " DESC";
            if (o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_LAST && !asc) sql += " NULLS LAST";
            printed.add(sql);
        }
        keyword(b, ctx, " ORDER BY ", -STD, STD, 1);
        b.append(String.join(", ", printed));
    }

    private void limit(StringBuilder b, Ctx ctx, Select s) {
        if (s.getOffset() != null) {
            if (s.getOffset().getOffsetParam() != null && !s.getOffset().getOffsetParam().isBlank()
                    && !s.getOffset().getOffsetParam().toUpperCase(java.util.Locale.ROOT).matches("ROWS?")) {
                throw new Unsupported("a view OFFSET PostgreSQL would re-print");
            }
            keyword(b, ctx, " OFFSET ", -STD, STD, 0);
            b.append(count(s.getOffset().getOffset()));
        }
        Expression rows = null;
        if (s.getLimit() != null) {
            if (s.getLimit().getOffset() != null || s.getLimit().isLimitAll() || s.getLimit().isLimitNull()) throw new Unsupported("a view LIMIT other than a number");
            rows = s.getLimit().getRowCount();
        }
        Fetch f = s.getFetch();
        if (f != null) {
            if (rows != null || f.getFetchJdbcParameter() != null || !f.getFetchParameters().stream().anyMatch(x -> x.equalsIgnoreCase("ONLY"))) {
                throw new Unsupported("a view FETCH PostgreSQL would re-print");
            }
            rows = f.getExpression();
            if (rows == null) {
                // FETCH FIRST ROW ONLY counts one row; JSqlParser keeps a written count only in the clause's text
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*FETCH\\s+(?:FIRST|NEXT)\\s+(\\d+)?\\s*ROWS?\\s+ONLY\\s*").matcher(f.toString());
                if (!m.matches()) throw new Unsupported("a view FETCH PostgreSQL would re-print");
                rows = new LongValue(m.group(1) == null ? "1" : m.group(1));
            }
        }
        if (rows != null) {
            keyword(b, ctx, " LIMIT ", -STD, STD, 0);
            b.append(count(rows));
        }
    }

    /** A LIMIT or OFFSET count: an integer constant, which the server keeps and casts to bigint implicitly. */
    private static String count(Expression e) {
        if (!(strip(e) instanceof LongValue n) || n.getValue() < 0 || n.getValue() > Integer.MAX_VALUE) throw new Unsupported("a view LIMIT or OFFSET other than a number");
        return String.valueOf(n.getValue());
    }

    // get_from_clause

    /** The names the FROM items give themselves, in the order the parser adds them to the range table. */
    private static List<String> fromNames(PlainSelect p) {
        List<String> names = new ArrayList<>();
        if (p.getFromItem() == null) return names;
        List<FromItem> items = new ArrayList<>();
        items.add(p.getFromItem());
        flatten(items, p.getJoins());
        for (FromItem f : items) names.add(visibleName(f));
        return names;
    }

    private static void flatten(List<FromItem> items, List<Join> joins) {
        while (items.get(0) instanceof ParenthesedFromItem pf) {
            if (pf.getAlias() != null || pf.getPivot() != null || pf.getUnPivot() != null || pf.getSampleClause() != null) {
                throw new Unsupported("a parenthesized join with an alias in a view");
            }
            items.set(0, pf.getFromItem());
            if (pf.getJoins() != null) {
                for (int i = pf.getJoins().size() - 1; i >= 0; i--) items.add(1, pf.getJoins().get(i).getRightItem());
            }
        }
        if (joins != null) for (Join j : joins) items.add(j.getRightItem());
    }

    private static String visibleName(FromItem f) {
        if (f instanceof Table t) return PgExprPrinter.fold(t.getAlias() != null ? t.getAlias().getName() : t.getName());
        if (f instanceof ParenthesedSelect ps && !(ps instanceof LateralSubSelect)) {
            if (ps.getAlias() == null) throw new Unsupported("a subquery without an alias in a view");
            return PgExprPrinter.fold(ps.getAlias().getName());
        }
        throw new Unsupported("a view reading a subquery or function (PostgreSQL re-prints it)");
    }

    private String from(PlainSelect p, Level level, Ctx ctx) {
        FromItem first = p.getFromItem();
        List<Join> joins = new ArrayList<>();
        while (first instanceof ParenthesedFromItem pf) {
            // "(a JOIN b ON ...)" first in FROM: the same left-deep join tree the server prints without parentheses
            if (pf.getJoins() != null) {
                for (Join j : pf.getJoins()) if (j.isSimple()) throw new Unsupported("a comma list in parentheses in a view");
                joins.addAll(0, pf.getJoins());
            }
            first = pf.getFromItem();
        }
        if (p.getJoins() != null) joins.addAll(p.getJoins());
        List<String> refnames = level.pendingRefnames;
        int next = 0;
        StringBuilder b = new StringBuilder();
        keyword(b, ctx, " FROM ", -STD, STD, 2);
        b.append(item(first, level, ctx, refnames.get(next++)));
        starOf(level, level.rels.get(level.rels.size() - 1), Set.of());
        boolean comma = false;
        for (Join j : joins) {
            if (j.isNatural() || j.isApply() || j.isSemi() || j.isStraight() || j.isGlobal() || j.isWindowJoin()) {
                throw new Unsupported("a view join PostgreSQL would re-print (NATURAL)");
            }
            if (j.getRightItem() instanceof ParenthesedFromItem) throw new Unsupported("a parenthesized join on the right in a view");
            if (j.isSimple()) {
                if (!level.merged.isEmpty()) throw new Unsupported("a comma list after a USING join in a view");
                comma = true;
                b.append(", ");
                String it = item(j.getRightItem(), level, ctx, refnames.get(next++));
                keyword(b, ctx, "", -STD, STD, VAR);
                b.append(it);
                starOf(level, level.rels.get(level.rels.size() - 1), Set.of());
                continue;
            }
            boolean using = j.getUsingColumns() != null && !j.getUsingColumns().isEmpty();
            List<Expression> on = new ArrayList<>(j.getOnExpressions());
            if (on.size() > 1) throw new Unsupported("a view join with several ON clauses");
            if (j.isCross() && (using || !on.isEmpty())) throw new Unsupported("a CROSS JOIN with a condition");
            if (!j.isCross() && !using && on.isEmpty()) throw new Unsupported("a view join without ON");
            if (using && comma) throw new Unsupported("a USING join after a comma list in a view");
            String kind = j.isCross() ? " CROSS JOIN " : j.isFull() ? " FULL JOIN " : j.isLeft() ? " LEFT JOIN " : j.isRight() ? " RIGHT JOIN " : " JOIN ";
            keyword(b, ctx, kind, -STD, STD, JOIN);
            Map<String, String[]> left = new HashMap<>();
            if (using) {
                for (Column c : j.getUsingColumns()) {
                    String n = PgExprPrinter.fold(c.getColumnName());
                    String[] l = refs(level).apply(new String[] {null, n});
                    if (l == null) throw new Unsupported("a USING column " + n + " the left side does not have");
                    left.put(n, l);
                }
            }
            b.append(item(j.getRightItem(), level, ctx, refnames.get(next++)));
            if (using) {
                if (j.isFull()) throw new Unsupported("a FULL JOIN USING in a view (PostgreSQL merges its columns)");
                Rel right = level.rels.get(level.rels.size() - 1);
                List<String> names = new ArrayList<>();
                for (Column c : j.getUsingColumns()) {
                    String n = PgExprPrinter.fold(c.getColumnName());
                    Col rc = right.columns().stream().filter(x -> x.name().equals(n)).findFirst()
                            .orElseThrow(() -> new Unsupported("a USING column " + n + " the right side does not have"));
                    String[] l = left.get(n);
                    // with two types, or one type with two modifiers, the merged column is no longer a column of either side
                    if (l[1] == null || !l[1].equals(rc.type())) throw new Unsupported("a USING column of two types (PostgreSQL casts it)");
                    String[] r = {PgIdent.quote(right.refname()) + "." + PgIdent.quote(n), rc.type()};
                    level.merged.put(n, j.isRight() ? r : l);
                    names.add(PgIdent.quote(n));
                }
                b.append(" USING (").append(String.join(", ", names)).append(')');
                // * reads the merged columns first, then the rest of the left side, then the rest of the right
                Set<String> usingNames = new LinkedHashSet<>(j.getUsingColumns().stream().map(c -> PgExprPrinter.fold(c.getColumnName())).toList());
                List<Target> rest = level.star.stream().filter(t -> !usingNames.contains(t.name())).toList();
                level.star.clear();
                for (String n : usingNames) {
                    String[] m = level.merged.get(n);
                    level.star.add(new Target(m[0], n, n, null, m[1]));
                }
                level.star.addAll(rest);
                starOf(level, right, usingNames);
            } else {
                if (!on.isEmpty()) b.append(" ON ").append(condition(on.get(0), level, ctx));
                starOf(level, level.rels.get(level.rels.size() - 1), Set.of());
            }
        }
        return b.toString();
    }

    private static void starOf(Level level, Rel rel, Set<String> except) {
        for (Col c : rel.columns()) {
            if (!except.contains(c.name())) level.star.add(new Target(PgIdent.quote(rel.refname()) + "." + PgIdent.quote(c.name()), c.name(), c.name(), null, c.type()));
        }
    }

    /** get_from_clause_item for a table, view, CTE or subquery. */
    private String item(FromItem f, Level level, Ctx ctx, String refname) {
        if (f instanceof Table t) {
            if (t.getDatabaseName() != null) throw new Unsupported("a view reading a subquery or function (PostgreSQL re-prints it)");
            if (t.getSampleClause() != null) throw new Unsupported("TABLESAMPLE in a view");
            if (t.getAlias() != null && t.getAlias().getAliasColumns() != null) throw new Unsupported("a FROM alias with columns in a view");
            String schema = t.getSchemaName() == null ? null : PgExprPrinter.fold(t.getSchemaName());
            String name = PgExprPrinter.fold(t.getName());
            String visible = t.getAlias() != null ? PgExprPrinter.fold(t.getAlias().getName()) : name;
            Cte cte = schema == null ? cte(level, name) : null;
            String printed;
            List<Col> cols;
            if (cte != null) {
                if (cte.columns == null) throw new Unsupported("a CTE read before its columns are known");
                cols = cte.columns;
                printed = PgIdent.quote(name) + (t.getAlias() != null || !refname.equals(name) ? " " + PgIdent.quote(refname) : "");
            } else {
                cols = relation.apply(schema, name);
                if (cols == null) throw new Unsupported("a view reading " + name + ", which the SQL does not create");
                // a CTE of the same name anywhere around hides the relation: the server qualifies it
                boolean qualify = schema != null && !inPath.apply(schema) || cteNamed(level, name);
                printed = (qualify ? PgIdent.quote(schema == null ? "public" : schema) + "." : "") + PgIdent.quote(name)
                        + (t.getAlias() != null || !refname.equals(name) ? " " + PgIdent.quote(refname) : "");
            }
            addRel(level, new Rel(visible, refname, cols));
            return printed;
        }
        if (f instanceof ParenthesedSelect ps && !(ps instanceof LateralSubSelect)) {
            if (ps.getAlias() == null) throw new Unsupported("a subquery without an alias in a view");
            if (ps.getAlias().getAliasColumns() != null) throw new Unsupported("a subquery alias with columns in a view");
            if (ps.getPivot() != null || ps.getUnPivot() != null || ps.getSampleClause() != null) throw new Unsupported("a subquery clause PostgreSQL would re-print");
            Query q = query(ps.getSelect(), level, ctx.indent, false, true, null);
            distinct(q.columns(), "a subquery");
            addRel(level, new Rel(PgExprPrinter.fold(ps.getAlias().getName()), refname, q.columns()));
            return "(" + q.sql() + ") " + PgIdent.quote(refname);
        }
        throw new Unsupported("a view reading a subquery or function (PostgreSQL re-prints it)");
    }

    private static void addRel(Level level, Rel rel) {
        for (Rel r : level.rels) if (r.visible().equals(rel.visible())) throw new Unsupported("the relation " + rel.visible() + " twice in a view");
        level.rels.add(rel);
    }

    private static Cte cte(Level level, String name) {
        for (Level l = level; l != null; l = l.parent) {
            Cte c = l.visibleCtes.get(name);
            if (c != null) return c;
        }
        return null;
    }

    private static boolean cteNamed(Level level, String name) {
        for (Level l = level; l != null; l = l.parent) if (l.cteNames.contains(name)) return true;
        return false;
    }

    /** The level's column references: {qualifier or null, name} to {printed, type}; null for an unknown one. */
    private static Function<String[], String[]> refs(Level level) {
        return r -> {
            if (r[0] == null) {
                String[] m = level.merged.get(r[1]);
                if (m != null) return m;
            }
            String[] found = null;
            for (Rel rel : level.rels) {
                if (r[0] != null && !rel.visible().equals(r[0])) continue;
                for (Col c : rel.columns()) {
                    if (!c.name().equals(r[1])) continue;
                    if (found != null) throw new Unsupported("an ambiguous column " + r[1] + " in a view");
                    found = new String[] {PgIdent.quote(rel.refname()) + "." + PgIdent.quote(c.name()), c.type()};
                }
            }
            return found;
        };
    }

    /** appendContextKeyword: a new line indented for the query level, then {@code text}. */
    private static void keyword(StringBuilder b, Ctx ctx, String text, int before, int after, int plus) {
        ctx.indent += before;
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        b.setLength(end);
        if (ctx.indent >= INDENT_LIMIT) throw new Unsupported("a view query nested too deeply");
        b.append('\n').append(" ".repeat(Math.max(ctx.indent, 0) + plus)).append(text);
        ctx.indent += after;
        if (ctx.indent < 0) ctx.indent = 0;
    }
}
