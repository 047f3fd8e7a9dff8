package io.atlas4j.sqlite.internal;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * SQLite's schema lock: {@code BEGIN IMMEDIATE} takes the database's write lock, waiting through
 * the busy timeout while another connection holds it. The lock is the transaction itself, so the
 * plan runs inside it and commits with it; a process that dies holding it leaves a journal that the
 * next writer rolls back, and its file lock goes with the process.
 */
public final class SqliteSchemaLock implements SchemaLock {
    public static final SqliteSchemaLock INSTANCE = new SqliteSchemaLock();

    private SqliteSchemaLock() {
    }

    @Override
    public Scope scope() {
        return Scope.TRANSACTION;
    }

    /** Readers and writers wait for the lock holder's commit instead of failing with SQLITE_BUSY. */
    @Override
    public void prepare(Connection connection, Duration timeout) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        }
    }

    @Override
    public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
        prepare(connection, timeout);
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
                throw new ConflictException("another process kept the SQLite database locked for longer than " + timeout.toMillis()
                        + " ms: wait for it to finish or raise the timeout");
            }
            throw e;
        }
        return commit -> {
            try (Statement s = connection.createStatement()) {
                s.execute(commit ? "COMMIT" : "ROLLBACK");
            }
        };
    }
}
