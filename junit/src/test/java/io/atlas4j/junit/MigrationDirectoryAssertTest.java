package io.atlas4j.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.migrate.Replay;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDirectoryAssertTest {
    @TempDir
    Path tmp;

    @Test
    void aDirectoryThatBuildsTheDesiredSchemaPassesAndOneThatLagsShowsTheMissingStatements() throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        MigrationDirectory.open(dir).computeSum().writeTo(dir);
        Path same = tmp.resolve("same.sql");
        Files.writeString(same, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);");
        Path more = tmp.resolve("more.sql");
        Files.writeString(more, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);");
        Replay replay = Replay.embedded(SqliteDialect.create());

        AtlasAssertions.assertThat(MigrationDirectory.open(dir)).hasValidSum().replaysTo(same, replay);
        assertThatThrownBy(() -> AtlasAssertions.assertThat(MigrationDirectory.open(dir)).replaysTo(more, replay))
                .isInstanceOf(AssertionError.class).hasMessageContaining("email").hasMessageContaining("ALTER TABLE");
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        assertThatThrownBy(() -> AtlasAssertions.assertThat(MigrationDirectory.open(dir)).hasValidSum())
                .isInstanceOf(AssertionError.class).hasMessageContaining("1_users.sql");
    }
}
