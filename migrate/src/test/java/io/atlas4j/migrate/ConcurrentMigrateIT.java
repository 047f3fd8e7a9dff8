package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ten threads apply one directory to one database at once: each file runs exactly once (each
 * logs a row, and a second run of its CREATE TABLE would fail), one thread applies, the others
 * find nothing to do once they hold the lock.
 */
class ConcurrentMigrateIT {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void tenConcurrentAppliesRunEachFileOnce(String kind) throws Exception {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("1_log.sql"), "CREATE TABLE applied_log (file VARCHAR(20) NOT NULL);\n"
                + "INSERT INTO applied_log (file) VALUES ('1');\n");
        Files.writeString(dir.resolve("2_users.sql"), "CREATE TABLE users (id INT PRIMARY KEY);\nINSERT INTO applied_log (file) VALUES ('2');\n");
        Files.writeString(dir.resolve("3_posts.sql"), "CREATE TABLE posts (id INT PRIMARY KEY);\nINSERT INTO applied_log (file) VALUES ('3');\n");
        MigrationDirectory.open(dir).computeSum().writeTo(dir);
        try (TestDatabases.TestDb db = TestDatabases.create(kind, tmp)) {
            int n = 10;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<MigrateResult>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(pool.submit(() -> {
                    try (Connection c = db.connect()) {
                        start.await();
                        return Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0);
                    }
                }));
            }
            start.countDown();
            int appliers = 0;
            int files = 0;
            for (Future<MigrateResult> f : results) {
                MigrateResult r = f.get();
                if (!r.isEmpty()) appliers++;
                files += r.files().size();
            }
            pool.shutdown();
            assertThat(files).as("files run across all threads").isEqualTo(3);
            assertThat(appliers).isBetween(1, 3);
            try (Connection c = db.connect()) {
                assertThat(TestDatabases.rows(c, "SELECT file FROM applied_log ORDER BY file")).containsExactly("1", "2", "3");
                assertThat(TestDatabases.rows(c, "SELECT version, applied, total FROM atlas_schema_revisions ORDER BY version"))
                        .containsExactly("1|2|2", "2|2|2", "3|2|2");
            }
        }
    }
}
