package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.spi.SchemaLock;
import io.atlas4j.testkit.Prerequisite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten {@code schema apply --auto-approve} processes (separate JVMs running the CLI jar) started at
 * once on one database, with a shared {@code --dev-url} and without one. The test holds the schema
 * lock until every process has planned, so all ten queue for it: exactly one applies (one history
 * row), the nine others wait, inspect again and report the schema synced, and all exit 0. A shared
 * dev database is left as it was found.
 */
class ConcurrentApplyIT {
    static final int PROCESSES = 10;
    static final String SCHEMA = ServerDatabasesIT.SCHEMA + "CREATE VIEW titles AS SELECT id, title FROM posts;\n";
    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    @TempDir
    Path work;
    Path jar;
    Path schema;

    @BeforeEach
    void findJar() throws Exception {
        jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
        if (!Files.isRegularFile(jar)) Prerequisite.missing("no runnable jar at " + jar + ": run mvn package first", null);
        schema = Files.writeString(work.resolve("schema.sql"), SCHEMA);
    }

    @Test
    void postgresWithoutDevUrl() throws Exception {
        withServerDatabases(PG_ADMIN, "PostgreSQL", 1, dbs -> race(pg(dbs.get(0)), Optional.empty(), jdbcPg(dbs.get(0))));
    }

    @Test
    void postgresWithASharedDevUrl() throws Exception {
        withServerDatabases(PG_ADMIN, "PostgreSQL", 2, dbs -> {
            race(pg(dbs.get(0)), Optional.of(pg(dbs.get(1))), jdbcPg(dbs.get(0)));
            try (Connection dev = DriverManager.getConnection(jdbcPg(dbs.get(1)))) {
                assertThat(strings(dev, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'"))
                        .as("no schema left in the dev database").containsExactly("public");
                assertThat(strings(dev, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
                        .as("no relation left in the dev database").isEmpty();
                assertThat(strings(dev, "SELECT obj_description('public'::regnamespace, 'pg_namespace')"))
                        .as("public keeps its comment").containsExactly("standard public schema");
            }
        });
    }

    @Test
    void mariadbWithoutDevUrl() throws Exception {
        withServerDatabases(MARIADB_ADMIN, "MariaDB", 1, dbs -> race(maria(dbs.get(0)), Optional.empty(), jdbcMaria(dbs.get(0))));
    }

    @Test
    void mariadbWithASharedDevUrl() throws Exception {
        withServerDatabases(MARIADB_ADMIN, "MariaDB", 2, dbs -> {
            race(maria(dbs.get(0)), Optional.of(maria(dbs.get(1))), jdbcMaria(dbs.get(0)));
            try (Connection dev = DriverManager.getConnection(jdbcMaria(dbs.get(1)))) {
                assertThat(strings(dev, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"))
                        .as("nothing left in the dev database").isEmpty();
            }
        });
    }

    @Test
    void sqliteWithoutDevUrl() throws Exception {
        Path db = work.resolve("race.db");
        touch(db);
        race("sqlite://" + db, Optional.empty(), "jdbc:sqlite:" + db);
    }

    @Test
    void sqliteWithASharedDevUrl() throws Exception {
        Path db = work.resolve("race.db");
        Path dev = work.resolve("dev.db");
        touch(db);
        touch(dev);
        race("sqlite://" + db, Optional.of("sqlite://" + dev), "jdbc:sqlite:" + db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dev)) {
            assertThat(strings(c, "SELECT name FROM sqlite_schema")).as("nothing left in the dev database").isEmpty();
        }
    }

    /** Starts the processes while holding the schema lock, lets them go once all have planned, and checks who did what. */
    private void race(String url, Optional<String> devUrl, String jdbcUrl) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        try (Connection holder = DriverManager.getConnection(jdbcUrl)) {
            SchemaLock lock = Dialects.forConnection(holder).execution().schemaLock().orElseThrow();
            SchemaLock.Held held = lock.acquire(holder, SchemaBootstrap.lockName(holder), Duration.ofSeconds(30));
            try {
                for (int i = 0; i < PROCESSES; i++) {
                    // Ten short-lived JVMs on a small machine: the quick compiler and a small collector keep them light.
                    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(), "schema", "apply", "--url", url, "--to", "file://" + schema, "--auto-approve"));
                    devUrl.ifPresent(d -> cmd.addAll(List.of("--dev-url", d)));
                    Path out = work.resolve("out-" + i + ".txt");
                    Path err = work.resolve("err-" + i + ".txt");
                    outs.add(out);
                    errs.add(err);
                    processes.add(new ProcessBuilder(cmd).directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start());
                }
                // Every process has shown its plan and is queuing for the lock (or has failed, which the checks below report).
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (System.nanoTime() < deadline && !allPlanned(processes, outs)) Thread.sleep(100);
            } finally {
                held.release(false);
            }
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Process p = processes.get(i);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("process %d finished", i).isTrue();
            String out = Files.readString(outs.get(i), StandardCharsets.UTF_8);
            String err = Files.readString(errs.get(i), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("process %d exit status; stdout:%n%s%nstderr:%n%s", i, out, err).isZero();
            assertThat(out).as("process %d planned before the lock was free", i).startsWith("-- Planned Changes:");
            outputs.add(out);
        }
        List<String> appliers = outputs.stream().filter(o -> o.contains("-- Applied ")).toList();
        List<String> waiters = outputs.stream().filter(o -> o.contains("Another process applied the changes while this one waited")
                && o.endsWith("Schemas are synced, no changes to be made.\n")).toList();
        assertThat(appliers).as("exactly one process applied").hasSize(1);
        assertThat(waiters).as("the other processes waited, inspected again and found the schema synced").hasSize(PROCESSES - 1);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            assertThat(strings(c, "SELECT success FROM atlas4j_schema_history")).as("one history row, a success")
                    .singleElement().isIn("1", "t", "true");
        }
        Cli.Result diff = Cli.run("schema", "diff", "--from", url, "--to", "file://" + schema);
        assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    private static boolean allPlanned(List<Process> processes, List<Path> outs) throws Exception {
        for (int i = 0; i < processes.size(); i++) {
            if (!processes.get(i).isAlive()) return true; // it failed early: no reason to wait for the rest
            if (!Files.readString(outs.get(i), StandardCharsets.UTF_8).startsWith("-- Planned Changes:")) return false;
        }
        return true;
    }

    @FunctionalInterface
    interface Body {
        void run(List<String> databases) throws Exception;
    }

    private static void withServerDatabases(String adminUrl, String server, int count, Body body) throws Exception {
        Connection admin;
        try {
            admin = DriverManager.getConnection(adminUrl);
        } catch (SQLException e) {
            throw Prerequisite.missing(server + " is not reachable at " + adminUrl + ": " + e.getMessage(), e);
        }
        boolean pg = adminUrl.startsWith("jdbc:postgresql:");
        List<String> dbs = new ArrayList<>();
        try (admin) {
            for (int i = 0; i < count; i++) {
                String db = "atlas4j_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                exec(admin, "CREATE DATABASE " + db);
                dbs.add(db);
            }
            body.run(dbs);
        } finally {
            try (Connection again = DriverManager.getConnection(adminUrl)) {
                for (String db : dbs) exec(again, "DROP DATABASE IF EXISTS " + db + (pg ? " WITH (FORCE)" : ""));
            }
        }
    }

    private static String pg(String db) {
        return "postgres://postgres@127.0.0.1:5432/" + db + "?search_path=public";
    }

    private static String jdbcPg(String db) {
        return "jdbc:postgresql://127.0.0.1:5432/" + db + "?user=postgres";
    }

    private static String maria(String db) {
        return "mysql://root@127.0.0.1:3306/" + db;
    }

    private static String jdbcMaria(String db) {
        return "jdbc:mariadb://127.0.0.1:3306/" + db + "?user=root";
    }

    private static void touch(Path sqliteFile) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
