package io.atlas4j.mysql.internal;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's schema lock: a named user lock ({@code GET_LOCK}) held by the session. It is polled with
 * a zero wait rather than blocked on, so a waiter holds nothing open; the server releases it when
 * the session ends, so a process that dies leaves no stale lock.
 */
public final class MySqlSchemaLock implements SchemaLock {
    public static final MySqlSchemaLock INSTANCE = new MySqlSchemaLock();
    private static final long POLL_MILLIS = 50;

    private MySqlSchemaLock() {
    }

    @Override
    public Scope scope() {
        return Scope.SESSION;
    }

    @Override
    public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (tryLock(connection, name)) break;
            if (System.nanoTime() >= deadline) {
                throw new ConflictException("another session held the schema lock \"" + name + "\" for longer than "
                        + timeout.toMillis() + " ms: wait for it to finish or raise the timeout");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("interrupted while waiting for the schema lock \"" + name + "\"");
            }
        }
        return commit -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, name);
                ps.executeQuery().close();
            }
        };
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                if (rs.wasNull()) throw new SQLException("GET_LOCK(\"" + name + "\") failed");
                return v == 1;
            }
        }
    }
}
