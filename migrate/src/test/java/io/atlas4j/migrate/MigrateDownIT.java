package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** migrate down and migrate set on SQLite and PostgreSQL: planned from the directory's earlier state, data loss refused unless allowed. */
class MigrateDownIT {
    @TempDir
    Path tmp;

    private Migrations directory() throws Exception {
        Path dir = tmp.resolve("m");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50));\n");
        Files.writeString(dir.resolve("2_index.sql"), "CREATE INDEX users_name ON users (name);\n");
        Files.writeString(dir.resolve("3_posts.sql"), "CREATE TABLE posts (id INT PRIMARY KEY, user_id INT REFERENCES users (id));\n");
        MigrationDirectory.open(dir).computeSum().writeTo(dir);
        return Migrations.of(dir, DirectoryFormat.ATLAS);
    }

    private static Replay replay(String kind, Connection target) {
        return kind.equals("sqlite") ? Replay.embedded(SqliteDialect.create()) : Replay.scratch(PostgresDialect.create(), target, Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void downRevertsTheLastFilesAndRefusesDataLossUnlessAllowed(String kind) throws Exception {
        Migrations m = directory();
        try (TestDatabases.TestDb db = TestDatabases.create(kind, tmp); Connection c = db.connect()) {
            m.apply(c, 0);
            var full = Atlas.inspect(c, InspectOptions.defaults().withExcludeTables(List.of("atlas_schema_revisions")));
            assertThat(m.downDryRun(c, 1, replay(kind, c)).plan().sql()).containsIgnoringCase("DROP TABLE");
            assertThatThrownBy(() -> m.down(c, 1, replay(kind, c), false)).isInstanceOf(DestructiveChangeException.class)
                    .hasMessageContaining("posts");
            assertThat(m.status(c).current()).contains("3");
            DownResult r = m.down(c, 1, replay(kind, c), true);
            assertThat(r.reverted()).containsExactly("3");
            assertThat(r.to()).contains("2");
            MigrationStatus s = m.status(c);
            assertThat(s.current()).contains("2");
            assertThat(s.pending()).extracting(f -> f.name()).containsExactly("3_posts.sql");
            // Dropping an index loses no data: no permission needed.
            DownResult index = m.down(c, 1, replay(kind, c), false);
            assertThat(index.plan().sql()).containsIgnoringCase("DROP INDEX");
            assertThat(m.status(c).current()).contains("1");
            // Forward again: the directory still applies on top.
            assertThat(m.apply(c, 0).files()).hasSize(2);
            var after = Atlas.inspect(c, InspectOptions.defaults().withExcludeTables(List.of("atlas_schema_revisions")));
            // Down and up again is where the database started.
            assertThat(Atlas.diff(after, full).changes()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void setMarksFilesAppliedWithoutRunningThem(String kind) throws Exception {
        Migrations m = directory();
        try (TestDatabases.TestDb db = TestDatabases.create(kind, tmp); Connection c = db.connect()) {
            TestDatabases.exec(c, "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50))");
            m.set(c, "1");
            assertThat(m.status(c).current()).contains("1");
            assertThat(m.apply(c, 0).files()).extracting(AppliedFile::name).containsExactly("2_index.sql", "3_posts.sql");
            m.set(c, "2");
            assertThat(m.status(c).pending()).extracting(f -> f.name()).containsExactly("3_posts.sql");
            assertThatThrownBy(() -> m.set(c, "9")).hasMessageContaining("version 9 is not the version of a file");
        }
    }
}
