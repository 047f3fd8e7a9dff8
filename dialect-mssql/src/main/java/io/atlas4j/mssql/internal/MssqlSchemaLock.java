package io.atlas4j.mssql.internal;

import io.atlas4j.error.ConflictException;
import io.atlas4j.spi.SchemaLock;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;

/**
 * SQL Server's schema lock: an application lock ({@code sp_getapplock}) owned by the session, on a
 * connection of its own, so the server frees it when a killed process's connection drops. It is
 * asked for with a zero wait and polled, so a waiter never holds anything open.
 */
public final class MssqlSchemaLock implements SchemaLock {
    public static final MssqlSchemaLock INSTANCE = new MssqlSchemaLock();
    /** Asks for the lock without waiting; returns sp_getapplock's status (0 or 1 granted, negative not). */
    static final String ACQUIRE = "{? = call sp_getapplock(@Resource = ?, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0)}";
    static final String RELEASE = "EXEC sp_releaseapplock @Resource = ?, @LockOwner = 'Session'";

    private MssqlSchemaLock() {
    }

    @Override
    public Scope scope() {
        return Scope.SESSION;
    }

    @Override
    public Held acquire(Connection connection, String name, Duration timeout) throws SQLException {
        if (!connection.getAutoCommit()) connection.setAutoCommit(true);
        String lock = name.length() > 255 ? name.substring(0, 255) : name;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (CallableStatement cs = connection.prepareCall(ACQUIRE)) {
                cs.registerOutParameter(1, Types.INTEGER);
                cs.setString(2, lock);
                cs.execute();
                if (cs.getInt(1) >= 0) break;
            }
            if (System.nanoTime() >= deadline) {
                throw new ConflictException("another process held the schema lock (sp_getapplock \"" + lock + "\") for longer than "
                        + timeout.toMillis() + " ms: wait for it to finish or raise the timeout");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("interrupted while waiting for the schema lock");
            }
        }
        return commit -> {
            try (PreparedStatement ps = connection.prepareStatement(RELEASE)) {
                ps.setString(1, lock);
                ps.execute();
            }
        };
    }
}
