package io.atlas4j.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A lock that serializes schema changes against one database, so that replicas starting at once
 * apply a plan one at a time. Locks are tied to a database session, never to a row, so a process
 * that dies releases its lock when the database ends its session: nothing stale is left behind.
 */
public interface SchemaLock {
    /** Where the lock lives, which decides how the plan runs while it is held. */
    enum Scope {
        /**
         * Held by a session of its own (PostgreSQL advisory lock, MySQL {@code GET_LOCK}); the plan runs
         * on another connection, which may run statements outside a transaction.
         */
        SESSION,
        /**
         * Held by an open write transaction on the connection that applies the plan (SQLite
         * {@code BEGIN IMMEDIATE}); the plan, and its history record, run inside that transaction.
         */
        TRANSACTION
    }

    Scope scope();

    /**
     * {@return the key of the schema lock of the connection's database, at most 64 characters} One
     * lock per database: every tool that changes any of its schemas (a start-up apply, a CLI apply,
     * a migration directory) takes the same one.
     */
    static String keyFor(Connection c) {
        return io.atlas4j.internal.Locks.name(c);
    }

    /**
     * Prepares a connection of the database before any use (SQLite sets its busy timeout, so readers
     * wait for a writer instead of failing). Nothing by default.
     */
    default void prepare(Connection connection, Duration timeout) throws SQLException {
    }

    /**
     * Takes the lock on {@code connection}, waiting at most {@code timeout}. Waiting must not hold a
     * transaction or snapshot open (poll, do not block), so a waiter never stalls the holder's
     * non-transactional DDL such as {@code CREATE INDEX CONCURRENTLY}.
     *
     * @param name a key naming the locked schema, at most 64 characters
     * @throws io.atlas4j.error.ConflictException when the lock is not free within the timeout
     */
    Held acquire(Connection connection, String name, Duration timeout) throws SQLException;

    /** A held lock. */
    interface Held {
        /**
         * Releases the lock. For a {@link Scope#TRANSACTION} lock, {@code commit} says whether the
         * transaction commits or rolls back; a session lock ignores it.
         */
        void release(boolean commit) throws SQLException;
    }
}
