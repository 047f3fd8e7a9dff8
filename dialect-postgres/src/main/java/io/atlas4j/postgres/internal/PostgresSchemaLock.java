package io.atlas4j.postgres.internal;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * PostgreSQL's schema lock: a session-level advisory lock, taken by polling
 * {@code pg_try_advisory_lock} on a connection of its own in auto-commit mode. A waiter never
 * blocks inside a statement, so it holds no transaction or snapshot while it waits: the holder's
 * {@code CREATE INDEX CONCURRENTLY}, which waits for every older transaction to end, is never
 * stalled by a waiter (a blocking {@code pg_advisory_lock} call would stall it forever). The lock
 * ends with the session, so a killed process leaves nothing behind.
 */
public final class PostgresSchemaLock implements SchemaLock {
    public static final PostgresSchemaLock INSTANCE = new PostgresSchemaLock();
    private static final long MAX_POLL_MS = 500;

    private PostgresSchemaLock() {
    }

    @Override
    public Scope scope() {
        return Scope.SESSION;
    }

    @Override
    public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
        if (!connection.getAutoCommit()) connection.setAutoCommit(true);
        long key = key(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 20;
        while (true) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) break;
                }
            }
            if (System.nanoTime() >= deadline) {
                throw new ConflictException("another process held the schema lock (advisory lock " + key + ", \"" + name
                        + "\") for longer than " + timeout.toMillis() + " ms: wait for it to finish or raise the timeout");
            }
            sleep(Math.min(pause + ThreadLocalRandom.current().nextLong(pause), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            pause = Math.min(MAX_POLL_MS, pause * 2);
        }
        return commit -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, key);
                ps.executeQuery().close();
            }
        };
    }

    /** A stable 64-bit key: the first 8 bytes of the name's SHA-256. */
    static long key(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(h, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for the schema lock");
        }
    }
}
