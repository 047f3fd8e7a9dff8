package io.atlas4j.plan.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Data-aware counts: one small query per finding, built from the change with the dialect's quoting. */
final class RowCounts {
    private RowCounts() {
    }

    static String table(LintContext ctx, String schema, String table) {
        return (schema.isEmpty() ? "" : ctx.quote().apply(schema) + ".") + ctx.quote().apply(table);
    }

    /** Rows whose column is NULL: they fail a SET NOT NULL. */
    static OptionalLong nulls(LintContext ctx, String schema, String table, String column) {
        return count(ctx, "SELECT COUNT(*) FROM " + table(ctx, schema, table) + " WHERE " + ctx.quote().apply(column) + " IS NULL");
    }

    /** All rows: each fails a new NOT NULL column without a default. */
    static OptionalLong rows(LintContext ctx, String schema, String table) {
        return count(ctx, "SELECT COUNT(*) FROM " + table(ctx, schema, table));
    }

    /** Rows beyond the first of each group of equal non-NULL keys: each fails a new UNIQUE. */
    static OptionalLong duplicates(LintContext ctx, String schema, String table, List<String> columns) {
        String cols = columns.stream().map(ctx.quote()).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(c -> ctx.quote().apply(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return count(ctx, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM " + table(ctx, schema, table)
                + " WHERE " + notNull + " GROUP BY " + cols + " HAVING COUNT(*) > 1) dup");
    }

    /** Empty when there is no connection or the query fails (the table may not exist yet). */
    static OptionalLong count(LintContext ctx, String sql) {
        if (ctx.connection().isEmpty()) return OptionalLong.empty();
        try (Statement st = ctx.connection().get().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
