package io.atlas4j.mysql.internal;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MySQL's and MariaDB's schema lock: a named user lock ({@code GET_LOCK}) on a connection of its
 * own. It belongs to the session, so the server frees it when a killed process's connection drops.
 * It is requested for at most a second at a time, so the timeout is kept to within a second.
 */
public final class MySqlSchemaLock implements SchemaLock {
    public static final MySqlSchemaLock INSTANCE = new MySqlSchemaLock();

    private MySqlSchemaLock() {
    }

    @Override
    public Scope scope() {
        return Scope.SESSION;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the schema lock");
        }
    }

    @Override
    public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
        if (!connection.getAutoCommit()) connection.setAutoCommit(true);
        String lock = name.length() > 64 ? name.substring(0, 64) : name;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long leftMs = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                ps.setString(1, lock);
                ps.setInt(2, leftMs >= 1000 ? 1 : 0);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1 && !rs.wasNull()) break;
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new ConflictException("another process held the schema lock (GET_LOCK \"" + lock + "\") for longer than "
                        + timeout.toMillis() + " ms: wait for it to finish or raise the timeout");
            }
            if (leftMs < 1000) pause(Math.min(50, Math.max(1, leftMs)));
        }
        return commit -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, lock);
                ps.executeQuery().close();
            }
        };
    }
}
