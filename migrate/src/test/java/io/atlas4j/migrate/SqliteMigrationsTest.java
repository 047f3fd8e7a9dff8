package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.ApplyException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.ChecksumMismatchException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate apply and status on SQLite, in-process: revisions, integrity, partial failures, baselines, order. */
class SqliteMigrationsTest {
    @TempDir
    Path tmp;

    private Path dir(String... nameAndSql) throws Exception {
        Path d = tmp.resolve("migrations");
        Files.createDirectories(d);
        for (int i = 0; i < nameAndSql.length; i += 2) Files.writeString(d.resolve(nameAndSql[i]), nameAndSql[i + 1]);
        rehash(d);
        return d;
    }

    private static void rehash(Path d) {
        MigrationDirectory.open(d).computeSum().writeTo(d);
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"));
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void appliesPendingFilesOnceAndRecordsRevisions() throws Exception {
        Path d = dir("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n",
                "2_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n"
                        + "CREATE INDEX posts_user ON posts (user_id);\n");
        try (Connection c = db()) {
            MigrateResult first = Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0);
            assertThat(first.files()).extracting(AppliedFile::name).containsExactly("1_users.sql", "2_posts.sql");
            assertThat(first.statementCount()).isEqualTo(3);
            assertThat(first.to()).contains("2");
            assertThat(rows(c, "SELECT version, description, type, applied, total, error FROM atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1|users|2|1|1|null", "2|posts|2|2|2|null");
            MigrateResult second = Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0);
            assertThat(second.isEmpty()).isTrue();
            assertThat(Migrations.of(d, DirectoryFormat.ATLAS).status(c).state()).isEqualTo(MigrationStatus.State.OK);
        }
    }

    @Test
    void appliesOnlyTheNextNFilesAndDryRunChangesNothing() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n", "3_c.sql", "CREATE TABLE c (x INT);\n");
        try (Connection c = db()) {
            MigrateResult dry = Migrations.of(d, DirectoryFormat.ATLAS).dryRun(c, 0);
            assertThat(dry.dryRun()).isTrue();
            assertThat(dry.files()).hasSize(3);
            assertThat(rows(c, "SELECT name FROM sqlite_master")).isEmpty();
            assertThat(Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 1).files()).extracting(AppliedFile::name).containsExactly("1_a.sql");
            MigrationStatus s = Migrations.of(d, DirectoryFormat.ATLAS).status(c);
            assertThat(s.state()).isEqualTo(MigrationStatus.State.PENDING);
            assertThat(s.current()).contains("1");
            assertThat(s.pending()).extracting(f -> f.name()).containsExactly("2_b.sql", "3_c.sql");
            assertThat(s.describe()).contains("Current Version: 1", "Next Version:    2", "Pending Files:   2");
        }
    }

    @Test
    void aTamperedDirectoryIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n");
        Files.writeString(d.resolve("2_b.sql"), "CREATE TABLE b (x INT, y INT);\n");
        try (Connection c = db()) {
            Migrations m = Migrations.of(d, DirectoryFormat.ATLAS);
            assertThatThrownBy(() -> m.apply(c, 0)).isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("2_b.sql")
                    .hasMessageContaining("atlas4j migrate hash");
            assertThatThrownBy(() -> m.status(c)).isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("2_b.sql");
            assertThat(rows(c, "SELECT name FROM sqlite_master")).isEmpty();
        }
    }

    @Test
    void aFailingFileIsRolledBackRecordedAndResumedOnceFixed() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n",
                "2_b.sql", "CREATE TABLE b (x INT);\nINSERT INTO nowhere VALUES (1);\nCREATE TABLE c (x INT);\n");
        try (Connection c = db()) {
            assertThatThrownBy(() -> Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("2_b.sql:2: statement 2 of 3 failed").hasMessageContaining("rolled back");
            // SQLite's DDL is transactional: file 1 stays, file 2 left nothing behind.
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('a', 'b', 'c') ORDER BY name"))
                    .containsExactly("a");
            MigrationStatus s = Migrations.of(d, DirectoryFormat.ATLAS).status(c);
            assertThat(s.state()).isEqualTo(MigrationStatus.State.FAILED);
            assertThat(s.describe()).contains("File:  2_b.sql:2, statement 2 of 3 (nothing of the file took effect)").contains("INSERT INTO nowhere").contains("no such table");
            Files.writeString(d.resolve("2_b.sql"), "CREATE TABLE b (x INT);\nCREATE TABLE nowhere (x INT);\nCREATE TABLE c (x INT);\n");
            rehash(d);
            MigrateResult r = Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0);
            assertThat(r.files()).extracting(AppliedFile::name).containsExactly("2_b.sql");
            assertThat(Migrations.of(d, DirectoryFormat.ATLAS).status(c).state()).isEqualTo(MigrationStatus.State.OK);
            assertThat(rows(c, "SELECT applied, total, error FROM atlas_schema_revisions WHERE version = '2'")).containsExactly("3|3|null");
        }
    }

    @Test
    void aDatabaseWithTablesButNoRevisionsNeedsABaselineOrAllowDirty() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "2_b.sql", "CREATE TABLE b (x INT);\n");
        try (Connection c = db()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE a (x INT)");
            }
            assertThatThrownBy(() -> Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not clean").hasMessageContaining("--baseline");
            assertThatThrownBy(() -> Migrations.of(d, DirectoryFormat.ATLAS).baseline("7").apply(c, 0))
                    .hasMessageContaining("baseline version 7 is not the version of a file");
            MigrateResult r = Migrations.of(d, DirectoryFormat.ATLAS).baseline("1").apply(c, 0);
            assertThat(r.files()).extracting(AppliedFile::name).containsExactly("2_b.sql");
            assertThat(rows(c, "SELECT version, type FROM atlas_schema_revisions ORDER BY version")).containsExactly("1|1", "2|2");
        }
    }

    @Test
    void aFileAddedBeforeTheLatestAppliedVersionIsRefused() throws Exception {
        Path d = dir("1_a.sql", "CREATE TABLE a (x INT);\n", "3_c.sql", "CREATE TABLE c (x INT);\n");
        try (Connection c = db()) {
            Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0);
            Files.writeString(d.resolve("2_b.sql"), "CREATE TABLE b (x INT);\n");
            rehash(d);
            assertThatThrownBy(() -> Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2_b.sql").hasMessageContaining("out of order");
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name = 'b'")).isEmpty();
        }
    }

    @Test
    void txModeNoneDirectiveRunsAFileOutsideATransaction() throws Exception {
        Path d = dir("1_a.sql", "-- atlas:txmode none\n\nCREATE TABLE a (x INT);\nINSERT INTO nowhere VALUES (1);\n");
        try (Connection c = db()) {
            assertThatThrownBy(() -> Migrations.of(d, DirectoryFormat.ATLAS).apply(c, 0)).isInstanceOf(ApplyException.class)
                    .hasMessageContaining("statements 1-1 of the file took effect");
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE name = 'a'")).containsExactly("a");
            assertThat(rows(c, "SELECT applied, total FROM atlas_schema_revisions")).containsExactly("1|2");
        }
    }
}
