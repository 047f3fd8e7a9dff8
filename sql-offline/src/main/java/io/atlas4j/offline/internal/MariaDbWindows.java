package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;

/**
 * A window function call in a view as MariaDB re-prints it: {@code lead(`t`.`a`,1) over ( partition by `t`.`b`
 * order by `t`.`a` desc)}: a space after the opening parenthesis when the window has a clause, ASC dropped,
 * LEAD and LAG with their default offset. Frames, named windows and other functions are refused.
 */
final class MariaDbWindows {
    private static final Set<String> RANKING = Set.of("row_number", "rank", "dense_rank");
    private static final Set<String> OFFSETS = Set.of("lead", "lag");
    private static final Set<String> AGGREGATES = Set.of("sum", "min", "max", "avg", "count");

    private MariaDbWindows() {
    }

    /** @param print prints an argument or a window expression as the rest of the view */
    static String print(AnalyticExpression a, Function<Expression, String> print) {
        String name = a.getName().toLowerCase(Locale.ROOT);
        if (a.getType() != AnalyticType.OVER || a.getWindowName() != null || a.getWindowElement() != null || a.isDistinct() || a.isUnique()
                || a.isIgnoreNulls() || a.isIgnoreNullsOutside() || a.getKeep() != null || a.getFilterExpression() != null
                || a.getFuncOrderBy() != null || a.getDefaultValue() != null) {
            throw new Unsupported("the window function " + a + " (the server keeps it as it re-prints it)");
        }
        List<String> args = new ArrayList<>();
        if (a.isAllColumns() || a.getExpression() instanceof AllColumns) {
            if (!name.equals("count")) throw new Unsupported("the window function " + a);
            args.add("0"); // count(*) is count(0)
        } else if (a.getExpression() != null) {
            args.add(print.apply(a.getExpression()));
        }
        if (a.getOffset() != null) args.add(print.apply(a.getOffset()));
        if (RANKING.contains(name)) {
            if (!args.isEmpty()) throw new Unsupported("the window function " + a);
        } else if (OFFSETS.contains(name)) {
            if (args.isEmpty()) throw new Unsupported("the window function " + a);
            if (args.size() == 1) args.add("1");
        } else if (!AGGREGATES.contains(name) || args.size() != 1) {
            throw new Unsupported("the window function " + a + " (the server keeps it as it re-prints it)");
        }
        StringBuilder over = new StringBuilder();
        if (a.getPartitionExpressionList() != null && !a.getPartitionExpressionList().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Object e : a.getPartitionExpressionList()) parts.add(print.apply((Expression) e));
            over.append(" partition by ").append(String.join(",", parts));
        }
        boolean ordered = a.getOrderByElements() != null && !a.getOrderByElements().isEmpty();
        if (ordered) {
            List<String> order = new ArrayList<>();
            for (OrderByElement o : a.getOrderByElements()) {
                if (o.getNullOrdering() != null) throw new Unsupported("NULLS FIRST/LAST in a window");
                order.add(print.apply(o.getExpression()) + (o.isAsc() ? "" : " desc"));
            }
            over.append(" order by ").append(String.join(",", order));
        }
        // the server refuses these without an order
        if ((OFFSETS.contains(name) || name.equals("rank") || name.equals("dense_rank")) && !ordered) {
            throw new Unsupported("the window function " + a + " without ORDER BY");
        }
        return name + "(" + String.join(",", args) + ") over (" + over + ")";
    }
}
