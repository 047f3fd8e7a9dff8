package io.atlas4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.BootstrapResult;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica waiting for the schema lock must not stall the lock holder's CREATE INDEX CONCURRENTLY,
 * which waits for every older snapshot to go away. A waiter blocked inside pg_advisory_lock holds
 * such a snapshot (the deadlock Flyway users hit); atlas4j's waiters poll in auto-commit instead.
 */
class PostgresConcurrentIndexIT {
    static final String TABLE = "CREATE TABLE items (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100))";
    static final String DESIRED = TABLE + ";\nCREATE INDEX items_name ON items (name);\n";

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void waitingReplicaDoesNotStallConcurrentIndexBuild(@TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open("postgres")) {
            Servers.requireDialect(db);
            db.execute(TABLE, "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 20000) g");
            Path desired = Files.writeString(dir.resolve("d.sql"), DESIRED);
            Dialect d;
            Schema want;
            try (Connection c = db.dataSource().getConnection()) {
                d = Dialects.forConnection(c);
                want = Atlas.load(desired, d, c);
            }
            SchemaLock lock = d.execution().schemaLock().orElseThrow();
            try (Connection holderLock = db.dataSource().getConnection(); Connection holderDdl = db.dataSource().getConnection()) {
                // replica A holds the schema lock
                String name;
                try (Connection c = db.dataSource().getConnection()) {
                    name = SchemaBootstrap.lockName(c);
                }
                SchemaLock.Held held = lock.acquire(holderLock, name, Duration.ofSeconds(5));

                // replica B starts and waits for the lock
                CompletableFuture<BootstrapResult> replicaB = CompletableFuture.supplyAsync(() -> SchemaBootstrap.of(db.dataSource())
                        .desired(want).policy(Policy.defaults().concurrentIndexes(true)).timeout(Duration.ofSeconds(60)).run());
                awaitPolling(db, pid(holderLock));
                assertThat(replicaB).isNotDone();

                // A builds the index concurrently while B waits: it completes (a stall would hit the statement timeout)
                try (Statement st = holderDdl.createStatement()) {
                    st.execute("SET statement_timeout = '30s'");
                    st.execute("CREATE INDEX CONCURRENTLY items_name ON items (name)");
                }
                assertThat(replicaB).isNotDone();
                held.release(true);

                BootstrapResult b = replicaB.get(60, TimeUnit.SECONDS);
                assertThat(b.status()).isEqualTo(BootstrapResult.Status.UP_TO_DATE);
            }
        }
    }

    /** The hazard is real: a waiter blocked inside pg_advisory_lock stalls CREATE INDEX CONCURRENTLY. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void blockingWaiterWouldStallIt() throws Exception {
        try (TestDatabase db = Servers.open("postgres")) {
            Servers.requireDialect(db);
            db.execute(TABLE, "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) g");
            try (Connection holder = db.dataSource().getConnection(); Connection waiter = db.dataSource().getConnection();
                 Connection ddl = db.dataSource().getConnection()) {
                try (Statement st = holder.createStatement()) {
                    st.execute("SELECT pg_advisory_lock(42)");
                }
                CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
                    try (Statement st = waiter.createStatement()) {
                        st.execute("SELECT pg_advisory_lock(42)");
                    } catch (SQLException e) {
                        // cancelled below
                    }
                });
                awaitWaiting(db);
                try (Statement st = ddl.createStatement()) {
                    st.execute("SET statement_timeout = '3s'");
                    assertThatThrownBy(() -> st.execute("CREATE INDEX CONCURRENTLY items_name ON items (name)"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("statement timeout");
                }
                try (Statement st = holder.createStatement()) {
                    st.execute("SELECT pg_advisory_unlock(42)");
                }
                blocked.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Five replicas whose plan builds the index concurrently all finish; one applies. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void replicasApplyingConcurrentIndexAllFinish(@TempDir Path dir) throws Exception {
        try (TestDatabase db = Servers.open("postgres")) {
            Servers.requireDialect(db);
            db.execute(TABLE, "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 20000) g");
            Path desired = Files.writeString(dir.resolve("d.sql"), DESIRED);
            Schema want;
            try (Connection c = db.dataSource().getConnection()) {
                want = Atlas.load(desired, Dialects.forConnection(c), c);
            }
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<BootstrapResult>> runs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                runs.add(pool.submit(() -> SchemaBootstrap.of(db.dataSource()).desired(want)
                        .policy(Policy.defaults().concurrentIndexes(true)).timeout(Duration.ofSeconds(60)).run()));
            }
            List<BootstrapResult> results = new ArrayList<>();
            for (Future<BootstrapResult> f : runs) results.add(f.get(90, TimeUnit.SECONDS));
            pool.shutdown();
            assertThat(results).filteredOn(BootstrapResult::wasApplied).singleElement()
                    .satisfies(r -> assertThat(r.plan().sql()).contains("CREATE INDEX CONCURRENTLY"));
            assertThat(SchemaBootstrap.of(db.dataSource()).history()).hasSize(1);
        }
    }

    /** Waits until a session of the test database other than the holder's has polled pg_try_advisory_lock. */
    private static void awaitPolling(TestDatabase db, int holderPid) throws Exception {
        awaitActivity(db, "pid <> " + holderPid + " AND query LIKE '%pg_try_advisory_lock%'");
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void awaitWaiting(TestDatabase db) throws Exception {
        awaitActivity(db, "wait_event_type = 'Lock' AND query LIKE '%pg_advisory_lock%'");
    }

    private static void awaitActivity(TestDatabase db, String condition) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND " + condition)) {
                    rs.next();
                    if (rs.getInt(1) > 0) return;
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no session matched " + condition);
    }
}
