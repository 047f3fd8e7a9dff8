package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.ApplyException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that fails at its second statement: MariaDB's DDL commits as it goes, so the first
 * statement stays and is recorded, and the fixed file resumes after it; PostgreSQL rolls the
 * whole file back, and the fixed file runs from its start.
 */
class PartialFailureIT {
    @TempDir
    Path tmp;

    private Path directory(String second) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id INT PRIMARY KEY);\n");
        Files.writeString(dir.resolve("2_more.sql"), "CREATE TABLE a (id INT PRIMARY KEY);\n" + second
                + "CREATE TABLE c (id INT PRIMARY KEY);\n");
        MigrationDirectory.open(dir).computeSum().writeTo(dir);
        return dir;
    }

    @Test
    void mariadbRecordsTheStatementsThatTookEffectAndResumesAfterThem() throws Exception {
        try (TestDatabases.TestDb db = TestDatabases.create("mariadb", tmp); Connection c = db.connect()) {
            Path dir = directory("CREATE TABLE b (id INT PRIMARY KEY, user_id INT REFERENCES nowhere (id));\n");
            assertThatThrownBy(() -> Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("2_more.sql:2: statement 2 of 3 failed")
                    .hasMessageContaining("statements 1-1 of the file took effect");
            MigrationStatus s = Migrations.of(dir, DirectoryFormat.ATLAS).status(c);
            assertThat(s.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(s.describe()).contains("File:  2_more.sql:2, statement 2 of 3 (statements 1-1 took effect)")
                    .contains("REFERENCES nowhere");
            assertThat(TestDatabases.rows(c, "SELECT version, applied, total FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|1|1", "2|1|3");

            // Resuming with statement 1 changed is refused; fixing only statement 2 resumes there.
            Files.writeString(dir.resolve("2_more.sql"), "CREATE TABLE a (id BIGINT PRIMARY KEY);\n"
                    + "CREATE TABLE b (id INT PRIMARY KEY);\nCREATE TABLE c (id INT PRIMARY KEY);\n");
            MigrationDirectory.open(dir).computeSum().writeTo(dir);
            assertThatThrownBy(() -> Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0)).hasMessageContaining("statement 1 already took effect");
            Files.writeString(dir.resolve("2_more.sql"), "CREATE TABLE a (id INT PRIMARY KEY);\n"
                    + "CREATE TABLE b (id INT PRIMARY KEY);\nCREATE TABLE c (id INT PRIMARY KEY);\n");
            MigrationDirectory.open(dir).computeSum().writeTo(dir);
            MigrateResult r = Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0);
            assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.statements()).hasSize(2).allMatch(q -> !q.contains("TABLE a ")));
            assertThat(TestDatabases.rows(c, "SELECT version, applied, total, error FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|1|1|null", "2|3|3|null");
            assertThat(Migrations.of(dir, DirectoryFormat.ATLAS).status(c).state()).isEqualTo(MigrationStatus.State.OK);
        }
    }

    @Test
    void postgresRollsTheFileBackAndRunsItAgainOnceFixed() throws Exception {
        try (TestDatabases.TestDb db = TestDatabases.create("postgres", tmp); Connection c = db.connect()) {
            Path dir = directory("CREATE TABLE b (id INT PRIMARY KEY, user_id INT REFERENCES nowhere (id));\n");
            assertThatThrownBy(() -> Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("2_more.sql:2: statement 2 of 3 failed").hasMessageContaining("rolled back");
            assertThat(TestDatabases.rows(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('a', 'b', 'c')")).isEmpty();
            assertThat(Migrations.of(dir, DirectoryFormat.ATLAS).status(c).describe())
                    .contains("File:  2_more.sql:2, statement 2 of 3 (nothing of the file took effect)");
            Files.writeString(dir.resolve("2_more.sql"), "CREATE TABLE a (id INT PRIMARY KEY);\n"
                    + "CREATE TABLE b (id INT PRIMARY KEY);\nCREATE TABLE c (id INT PRIMARY KEY);\n");
            MigrationDirectory.open(dir).computeSum().writeTo(dir);
            assertThat(Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0).statementCount()).isEqualTo(3);
            assertThat(TestDatabases.rows(c, "SELECT version, applied, total FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|1|1", "2|3|3");
        }
    }
}
