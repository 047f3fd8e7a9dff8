package io.atlas4j.plan.lint;

import java.sql.Connection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Counts the stored rows a change would fail on, for data-aware lint checks. The SQL is the
 * dialect's ({@code io.atlas4j.spi.Dialect#lint()}); every method returns empty when it cannot
 * count (the table does not exist yet, the query failed), never throws.
 */
public interface RowCounter {
    /** Counts nothing: data-aware checks fall back to warnings. */
    RowCounter NONE = new RowCounter() {
        @Override
        public OptionalLong nulls(Connection c, String schema, String table, String column) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong rows(Connection c, String schema, String table) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong duplicates(Connection c, String schema, String table, List<String> columns) {
            return OptionalLong.empty();
        }
    };

    /** {@return the rows whose {@code column} is NULL: each fails a SET NOT NULL} */
    OptionalLong nulls(Connection c, String schema, String table, String column);

    /** {@return all rows: each fails a new NOT NULL column without a default} */
    OptionalLong rows(Connection c, String schema, String table);

    /** {@return the rows beyond the first of each group of equal non-NULL keys: each fails a new UNIQUE} */
    OptionalLong duplicates(Connection c, String schema, String table, List<String> columns);
}
