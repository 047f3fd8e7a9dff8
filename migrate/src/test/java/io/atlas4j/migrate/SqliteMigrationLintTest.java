package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.migrate.dir.ChecksumMismatchException;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate lint on SQLite: the newest files' changes go through the analyzers; a broken file is a finding. */
class SqliteMigrationLintTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    @TempDir
    Path tmp;

    private MigrationDirectory dir(String... nameAndSql) throws Exception {
        Path d = tmp.resolve("m");
        Files.createDirectories(d);
        for (int i = 0; i < nameAndSql.length; i += 2) Files.writeString(d.resolve(nameAndSql[i]), nameAndSql[i + 1]);
        MigrationDirectory.open(d).computeSum().writeTo(d);
        return MigrationDirectory.open(d);
    }

    private static MigrationLint.Report lint(MigrationDirectory d, int latest) {
        return MigrationLint.lint(d, latest, Replay.embedded(SQLITE), SQLITE, LintConfig.defaults());
    }

    @Test
    void findsDestructiveChangesInTheLatestFileOnly() throws Exception {
        MigrationDirectory d = dir("1_init.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT);\nCREATE TABLE old (x INT);\n",
                "2_drop.sql", "DROP TABLE old;\n",
                "3_slim.sql", "ALTER TABLE users DROP COLUMN email;\n");
        MigrationLint.Report latest = lint(d, 1);
        assertThat(latest.files()).extracting(FileLint::file).containsExactly("3_slim.sql");
        assertThat(latest.files().get(0).diagnostics()).extracting(Diagnostic::code).contains("DS103");
        assertThat(latest.hasAtLeast(Severity.ERROR)).isTrue();
        MigrationLint.Report two = lint(d, 2);
        assertThat(two.files()).extracting(FileLint::file).containsExactly("2_drop.sql", "3_slim.sql");
        assertThat(two.files().get(0).diagnostics()).extracting(Diagnostic::code).contains("DS102");
        assertThat(two.json()).startsWith("{\"files\":[{\"name\":\"2_drop.sql\"").contains("\"code\":\"DS102\"");
        assertThat(two.format()).contains("Analyzing changes from 3_slim.sql").contains("DS103");
    }

    @Test
    void nolintSilencesAFileOrTheCodesItNames() throws Exception {
        MigrationDirectory d = dir("1_init.sql", "CREATE TABLE a (x INT);\nCREATE TABLE b (x INT);\n",
                "2_drop.sql", "-- atlas:nolint DS102\n\nDROP TABLE a;\n",
                "3_drop.sql", "-- atlas:nolint\n\nDROP TABLE b;\n");
        MigrationLint.Report r = lint(d, 2);
        assertThat(r.files()).allSatisfy(f -> assertThat(f.diagnostics()).extracting(Diagnostic::code).doesNotContain("DS102"));
        assertThat(r.hasAtLeast(Severity.ERROR)).isFalse();
    }

    @Test
    void aFileThatDoesNotRunIsAnError() throws Exception {
        MigrationDirectory d = dir("1_init.sql", "CREATE TABLE a (x INT);\n", "2_bad.sql", "ALTER TABLE nowhere ADD y INT;\n");
        MigrationLint.Report r = lint(d, 1);
        assertThat(r.files().get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("2_bad.sql").contains("nowhere"));
        assertThat(r.hasAtLeast(Severity.ERROR)).isTrue();
    }

    @Test
    void aTamperedDirectoryIsRefused() throws Exception {
        MigrationDirectory d = dir("1_init.sql", "CREATE TABLE a (x INT);\n");
        Files.writeString(tmp.resolve("m/1_init.sql"), "CREATE TABLE a (x INT, y INT);\n");
        assertThatThrownBy(() -> lint(MigrationDirectory.open(tmp.resolve("m")), 1)).isInstanceOf(ChecksumMismatchException.class)
                .hasMessageContaining("1_init.sql");
    }
}
