package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.migrate.dir.ChecksumMismatchException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate diff on SQLite: the next file takes the replayed directory to the desired schema, and only once. */
class SqliteMigrationDiffTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();
    private static final Instant NOW = Instant.parse("2026-12-05T10:15:30Z");

    @TempDir
    Path tmp;

    private static Realm desired(String sql) {
        return Atlas.loadRealm(List.of(new SqlScript("schema.sql", sql)), SQLITE, Scope.SCHEMA);
    }

    @Test
    void writesTheNextFileAppliesItAndThenReportsNoChanges() throws Exception {
        Path dir = tmp.resolve("migrations");
        Realm v1 = desired("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
        NewMigration first = MigrationDiff.write(dir, DirectoryFormat.ATLAS, "init", v1, Replay.embedded(SQLITE), Scope.SCHEMA, NOW)
                .orElseThrow();
        assertThat(first.file().getFileName().toString()).isEqualTo("20261205101530_init.sql");
        assertThat(Files.readString(first.file())).contains("CREATE TABLE").contains("users");
        MigrationDirectory.open(dir).verifySum();

        Realm v2 = desired("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);"
                + "CREATE INDEX users_email ON users (email);");
        NewMigration second = MigrationDiff.write(dir, DirectoryFormat.ATLAS, "email", v2, Replay.embedded(SQLITE), Scope.SCHEMA, NOW)
                .orElseThrow();
        // Same second: the version still moves past the latest file.
        assertThat(second.file().getFileName().toString()).isEqualTo("20261205101531_email.sql");
        assertThat(MigrationDiff.write(dir, DirectoryFormat.ATLAS, "again", v2, Replay.embedded(SQLITE), Scope.SCHEMA, NOW)).isEmpty();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"))) {
            assertThat(Migrations.of(dir, DirectoryFormat.ATLAS).apply(c, 0).files()).hasSize(2);
            assertThat(Atlas.diff(Atlas.inspect(c, io.atlas4j.inspect.InspectOptions.defaults().withExcludeTables(List.of("atlas_schema_revisions"))),
                    v2.schemas().get(0)).isEmpty()).isTrue();
        }
    }

    @Test
    void flywayFilesAreNumberedAfterTheLatestVersion() throws Exception {
        Path dir = tmp.resolve("flyway");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE a (x INT);\n");
        Files.writeString(dir.resolve("V2_1__more.sql"), "CREATE TABLE b (x INT);\n");
        Optional<NewMigration> next = MigrationDiff.write(dir, DirectoryFormat.FLYWAY, "add_c",
                desired("CREATE TABLE a (x INT); CREATE TABLE b (x INT); CREATE TABLE c (x INT);"), Replay.embedded(SQLITE), Scope.SCHEMA, NOW);
        assertThat(next.orElseThrow().file().getFileName().toString()).isEqualTo("V3__add_c.sql");
        assertThat(Files.readString(next.get().file())).contains("CREATE TABLE").contains("c").doesNotContain("\"a\"");
    }

    @Test
    void aTamperedDirectoryIsRefused() throws Exception {
        Path dir = tmp.resolve("migrations");
        MigrationDiff.write(dir, DirectoryFormat.ATLAS, "init", desired("CREATE TABLE a (x INT);"), Replay.embedded(SQLITE), Scope.SCHEMA, NOW);
        Files.writeString(dir.resolve("20261205101530_init.sql"), "CREATE TABLE a (x INT, y INT);\n");
        assertThatThrownBy(() -> MigrationDiff.write(dir, DirectoryFormat.ATLAS, "next", desired("CREATE TABLE b (x INT);"),
                Replay.embedded(SQLITE), Scope.SCHEMA, NOW)).isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("20261205101530_init.sql");
    }
}
