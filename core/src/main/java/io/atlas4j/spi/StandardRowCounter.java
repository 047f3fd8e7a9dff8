package io.atlas4j.spi;

import io.atlas4j.plan.lint.RowCounter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Row counts in standard SQL, with the dialect's quoting: one small query per finding. Dialects
 * whose SQL differs supply their own {@link RowCounter} in {@link LintRules}.
 */
public final class StandardRowCounter implements RowCounter {
    private final SqlSyntax syntax;

    public StandardRowCounter(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    @Override
    public OptionalLong nulls(Connection c, String schema, String table, String column) {
        return count(c, "SELECT COUNT(*) FROM " + table(schema, table) + " WHERE " + syntax.quote(column) + " IS NULL");
    }

    @Override
    public OptionalLong rows(Connection c, String schema, String table) {
        return count(c, "SELECT COUNT(*) FROM " + table(schema, table));
    }

    @Override
    public OptionalLong duplicates(Connection c, String schema, String table, List<String> columns) {
        String cols = columns.stream().map(syntax::quote).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(col -> syntax.quote(col) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        return count(c, "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM " + table(schema, table)
                + " WHERE " + notNull + " GROUP BY " + cols + " HAVING COUNT(*) > 1) dup");
    }

    private String table(String schema, String table) {
        return (schema.isEmpty() ? "" : syntax.quote(schema) + ".") + syntax.quote(table);
    }

    /** Empty when the query fails (the table may not exist yet). */
    private static OptionalLong count(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
