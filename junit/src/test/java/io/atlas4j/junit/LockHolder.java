package io.atlas4j.junit;

import io.atlas4j.Dialects;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a separate JVM by {@link LockKillIT}: takes the schema lock the way a start-up apply does,
 * applies the first statement of a migration it never finishes, says {@code LOCKED} and waits to be killed.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Connection work = DriverManager.getConnection(args[0]);
        Dialect d = Dialects.forConnection(work);
        SchemaLock lock = d.execution().schemaLock().orElseThrow();
        lock.prepare(work, Duration.ofSeconds(30));
        Connection lockSession = lock.scope() == SchemaLock.Scope.TRANSACTION ? work : DriverManager.getConnection(args[0]);
        lock.acquire(lockSession, SchemaBootstrap.lockName(work), Duration.ofSeconds(30));
        if (lock.scope() == SchemaLock.Scope.SESSION) work.setAutoCommit(false);
        try (Statement st = work.createStatement()) {
            // the first statement of the plan; MySQL commits DDL at once, the others roll it back when the process dies
            st.execute("CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL, name VARCHAR(100))");
        }
        System.out.println("LOCKED");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
