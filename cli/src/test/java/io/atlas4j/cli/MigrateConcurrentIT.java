package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Dialects;
import io.atlas4j.migrate.dir.SumFile;
import io.atlas4j.spi.SchemaLock;
import io.atlas4j.testkit.Prerequisite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten {@code atlas4j migrate apply} processes (separate JVMs running the CLI jar) started at once on
 * one PostgreSQL database. The test holds the schema lock until every process is polling for it,
 * so all ten really race. Exactly one runs the three files; the nine others wait, find nothing
 * pending and say so; all exit 0. Each file ran once: the revision table says so, the log table
 * each file writes to holds one row per file, all from one session, and every file creates a table
 * without IF NOT EXISTS, which a second run would have failed on.
 */
class MigrateConcurrentIT {
    static final int PROCESSES = 10;

    @TempDir
    Path work;

    @Test
    void tenProcessesApplyThreeFilesOnce() throws Exception {
        Path jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
        if (!Files.isRegularFile(jar)) throw Prerequisite.missing("no runnable jar at " + jar + ": run mvn package first", null);
        Path d = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(d.resolve("1_log.sql"), "CREATE TABLE migration_log (file VARCHAR(50) NOT NULL, session INT NOT NULL DEFAULT pg_backend_pid());\n"
                + "INSERT INTO migration_log (file) VALUES ('1_log.sql');\n");
        Files.writeString(d.resolve("2_users.sql"), "CREATE TABLE users (id INT PRIMARY KEY);\n"
                + "INSERT INTO migration_log (file) VALUES ('2_users.sql');\n");
        Files.writeString(d.resolve("3_posts.sql"), "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id));\n"
                + "INSERT INTO migration_log (file) VALUES ('3_posts.sql');\n");
        SumFile.compute(d).writeTo(d);

        try (Servers.TestDb db = Servers.postgres()) {
            List<Process> processes = new ArrayList<>();
            List<Path> outs = new ArrayList<>();
            List<Path> errs = new ArrayList<>();
            try (Connection holder = db.connect()) {
                SchemaLock lock = Dialects.forConnection(holder).execution().schemaLock().orElseThrow();
                SchemaLock.Held held = lock.acquire(holder, SchemaLock.keyFor(holder), Duration.ofSeconds(30));
                try {
                    for (int i = 0; i < PROCESSES; i++) {
                        // Ten short-lived JVMs on a small machine: the quick compiler and a small collector keep them light.
                        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
                                "migrate", "apply", "--url", db.url(), "--dir", "file://" + d);
                        outs.add(work.resolve("out-" + i + ".txt"));
                        errs.add(work.resolve("err-" + i + ".txt"));
                        processes.add(new ProcessBuilder(cmd).directory(work.toFile())
                                .redirectOutput(outs.get(i).toFile()).redirectError(errs.get(i).toFile()).start());
                    }
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                    while (System.nanoTime() < deadline && processes.stream().allMatch(Process::isAlive) && polling(holder) < PROCESSES) {
                        Thread.sleep(100);
                    }
                    assertThat(polling(holder)).as("every process polls for the held lock before it is released").isEqualTo(PROCESSES);
                } finally {
                    held.release(false);
                }
            }

            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                assertThat(processes.get(i).waitFor(5, TimeUnit.MINUTES)).as("process %d finished", i).isTrue();
                String out = Files.readString(outs.get(i), StandardCharsets.UTF_8);
                String err = Files.readString(errs.get(i), StandardCharsets.UTF_8);
                assertThat(processes.get(i).exitValue()).as("process %d exit status; stdout:%n%s%nstderr:%n%s", i, out, err).isZero();
                assertThat(err).as("process %d stderr", i).isEmpty();
                outputs.add(out);
            }
            List<String> appliers = outputs.stream().filter(o -> o.contains("-- migrating version")).toList();
            List<String> waiters = outputs.stream().filter(o -> o.equals("No migration files to execute\n")).toList();
            assertThat(appliers).as("exactly one process ran the files").singleElement().asString()
                    .startsWith("Migrating to version 3 (3 migrations in total):")
                    .contains("-- migrating version 1\n", "-- migrating version 2\n", "-- migrating version 3\n",
                            "-- 3 migrations ok, 6 sql statements");
            assertThat(waiters).as("the nine others waited for the lock and found nothing pending").hasSize(PROCESSES - 1);

            try (Connection c = db.connect()) {
                assertThat(Servers.strings(c, "SELECT version, applied, total, error FROM atlas_schema_revisions ORDER BY version"))
                        .containsExactly("1|2|2|null", "2|2|2|null", "3|2|2|null");
                assertThat(Servers.strings(c, "SELECT file FROM migration_log ORDER BY file"))
                        .as("one row per file").containsExactly("1_log.sql", "2_users.sql", "3_posts.sql");
                assertThat(Servers.strings(c, "SELECT count(DISTINCT session) FROM migration_log")).as("all from one session").containsExactly("1");
                assertThat(Servers.strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                        .containsExactly("atlas_schema_revisions", "migration_log", "posts", "users");
            }
            Cli.Result status = Cli.run("migrate", "status", "--url", db.url(), "--dir", "file://" + d);
            assertThat(status.out()).as(status.err()).contains("Migration Status: OK", "Current Version: 3", "Executed Files:  3");
        }
    }

    /** {@return how many other sessions on the database last ran the schema lock's poll} */
    private static int polling(Connection holder) throws Exception {
        try (PreparedStatement ps = holder.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND query LIKE 'SELECT pg_try_advisory_lock%'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
