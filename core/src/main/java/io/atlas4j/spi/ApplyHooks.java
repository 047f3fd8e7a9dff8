package io.atlas4j.spi;

import java.sql.Connection;
import java.sql.SQLException;

/** What a dialect does around applying a plan; {@link #NONE} does nothing. */
public interface ApplyHooks {
    ApplyHooks NONE = new ApplyHooks() { };

    /** Runs before the plan's transaction begins (e.g. SQLite turns foreign-key enforcement off). */
    default void beforeApply(Connection connection) throws SQLException {
    }

    /** Runs inside the transaction after the last statement; throwing rolls everything back. */
    default void beforeCommit(Connection connection) throws SQLException {
    }

    /** Runs after commit or rollback, always. */
    default void afterApply(Connection connection) throws SQLException {
    }
}
