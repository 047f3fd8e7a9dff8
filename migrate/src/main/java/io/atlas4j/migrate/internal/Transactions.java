package io.atlas4j.migrate.internal;

import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Transactions around migration files. Under a session lock (PostgreSQL, MySQL) a file runs in a
 * transaction of its own; under a transaction lock (SQLite, where the lock is the open write
 * transaction) it runs in a savepoint, so a failing file is undone while the files before it and
 * its error record still commit.
 */
final class Transactions {
    private static final String SAVEPOINT = "atlas4j_migration";

    private final Connection c;
    private final SchemaLock.Scope scope;

    Transactions(Connection c, SchemaLock.Scope scope) {
        this.c = c;
        this.scope = scope;
    }

    void begin() throws SQLException {
        if (scope == SchemaLock.Scope.TRANSACTION) execute("SAVEPOINT " + SAVEPOINT);
        else c.setAutoCommit(false);
    }

    void commit() throws SQLException {
        if (scope == SchemaLock.Scope.TRANSACTION) {
            execute("RELEASE SAVEPOINT " + SAVEPOINT);
        } else {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    void rollback() throws SQLException {
        if (scope == SchemaLock.Scope.TRANSACTION) {
            execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            execute("RELEASE SAVEPOINT " + SAVEPOINT);
        } else {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
