package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.migrate.dir.SumFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB commits every DDL statement on its own, so a migration file that fails halfway leaves its
 * first statements applied. {@code migrate apply} records how far the file got; {@code migrate status}
 * says where it stopped; once the file is fixed and rehashed, {@code migrate apply} resumes at the
 * failed statement and never runs the applied ones again.
 */
class MigrateMySqlPartialIT {
    static final String FILE_2 = "-- orders, then the items that point at them\n"
            + "CREATE TABLE orders (id INT PRIMARY KEY);\n"
            + "CREATE TABLE order_items (\n  id INT PRIMARY KEY,\n  order_id INT,\n  FOREIGN KEY (order_id) REFERENCES orderz (id)\n);\n"
            + "CREATE INDEX items_order ON order_items (order_id);\n";

    @TempDir
    Path work;

    @Test
    void aFileThatStopsAtItsSecondStatementResumesThereOnceFixed() throws Exception {
        Path d = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(d.resolve("1_customers.sql"), "CREATE TABLE customers (id INT PRIMARY KEY);\n");
        Files.writeString(d.resolve("2_orders.sql"), FILE_2);
        SumFile.compute(d).writeTo(d);
        String dir = "file://" + d;
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.MARIADB, work)) {
            Cli.Result failed = Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir);
            assertThat(failed.exit()).as(failed.err()).isEqualTo(7);
            assertThat(failed.errLines()).singleElement().asString().startsWith("Error: 2_orders.sql:3: statement 2 of 3 failed:")
                    .contains("Foreign key constraint is incorrectly formed", "statements 1-1 of the file took effect and are recorded", "atlas4j migrate hash",
                            "resume at statement 2");
            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "customers", "orders");
            assertThat(db.rows("SELECT version, applied, total, error IS NOT NULL, error_stmt FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|1|1|0|null", "2|1|3|1|CREATE TABLE order_items (\n  id INT PRIMARY KEY,\n  order_id INT,\n  FOREIGN KEY (order_id) REFERENCES orderz (id)\n)");

            Cli.Result status = Cli.run("migrate", "status", "--url", db.url(), "--dir", dir);
            assertThat(status.exit()).as(status.err()).isZero();
            assertThat(status.out()).contains("Migration Status: FAILED", "Current Version: 1", "Next Version:    2",
                    "-- File:  2_orders.sql:3, statement 2 of 3 (statements 1-1 took effect)",
                    "-- SQL:   CREATE TABLE order_items ( id INT PRIMARY KEY, order_id INT, FOREIGN KEY (order_id) REFERENCES orderz (id) )", "-- ERROR: ");

            // Not fixed yet: the directory no longer matches its sum until it is rehashed.
            Files.writeString(d.resolve("2_orders.sql"), FILE_2.replace("orderz", "orders"));
            Cli.Result unhashed = Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir);
            assertThat(unhashed.exit()).isEqualTo(12);
            assertThat(unhashed.err()).contains("2_orders.sql was changed", "atlas4j migrate hash");

            assertThat(Cli.run("migrate", "hash", "--dir", dir).exit()).isZero();
            Cli.Result resumed = Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir);
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            // CREATE TABLE orders has no IF NOT EXISTS: had it run again, the resume would have failed.
            assertThat(resumed.out()).contains("Migrating to version 2 from 1 (1 migration in total):", "-- migrating version 2",
                    "    -> CREATE TABLE order_items (\n", "    -> CREATE INDEX items_order ON order_items (order_id);", "-- 1 migration ok, 2 sql statements")
                    .doesNotContain("CREATE TABLE orders");
            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "customers", "order_items", "orders");
            assertThat(db.rows("SELECT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
                    + " AND table_name = 'order_items' AND index_name = 'items_order'")).containsExactly("items_order");
            assertThat(db.rows("SELECT referenced_table_name FROM information_schema.referential_constraints"
                    + " WHERE constraint_schema = DATABASE() AND table_name = 'order_items'")).containsExactly("orders");
            assertThat(db.rows("SELECT version, applied, total, error, error_stmt FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|1|1|null|null", "2|3|3|null|null");

            Cli.Result after = Cli.run("migrate", "status", "--url", db.url(), "--dir", dir);
            assertThat(after.out()).contains("Migration Status: OK", "Current Version: 2", "Executed Files:  2", "Pending Files:   0")
                    .doesNotContain("errors");
            assertThat(Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir).out()).isEqualTo("No migration files to execute\n");
        }
    }

    @Test
    void aResumedFileWhoseAppliedStatementChangedIsRefused() throws Exception {
        Path d = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(d.resolve("1_orders.sql"), "CREATE TABLE orders (id INT PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        SumFile.compute(d).writeTo(d);
        String dir = "file://" + d;
        try (MigrateTarget db = MigrateTarget.open(MigrateTarget.Kind.MARIADB, work)) {
            assertThat(Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir).exit()).isEqualTo(7);
            // The statement that took effect is edited along with the one that failed: resuming would skip the edit.
            Files.writeString(d.resolve("1_orders.sql"), "CREATE TABLE orders (id BIGINT PRIMARY KEY);\nCREATE TABLE nowhere (x INT);\n");
            assertThat(Cli.run("migrate", "hash", "--dir", dir).exit()).isZero();
            Cli.Result refused = Cli.run("migrate", "apply", "--url", db.url(), "--dir", dir);
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.errLines()).singleElement().asString()
                    .contains("1_orders.sql:1: statement 1 already took effect but was changed since", "restore it");
            assertThat(db.tables()).containsExactly("atlas_schema_revisions", "orders");
            assertThat(db.rows("SELECT applied, total FROM atlas_schema_revisions")).containsExactly("1|2");
        }
    }
}
