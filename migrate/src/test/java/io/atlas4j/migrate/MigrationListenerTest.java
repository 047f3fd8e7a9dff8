package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration run tells its listener about each statement and each applied file; a failing listener is ignored. */
class MigrationListenerTest {
    @TempDir
    Path tmp;

    private Path dir() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(d.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(d.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n"
                + "CREATE INDEX posts_user ON posts (user_id);\n");
        MigrationDirectory.open(d).computeSum().writeTo(d);
        return d;
    }

    @Test
    void eachStatementAndFileIsReportedInOrder() throws Exception {
        List<String> calls = new ArrayList<>();
        MigrationListener recorder = new MigrationListener() {
            @Override
            public void starting(MigrationProgress p) {
                calls.add("statement " + p.statement() + "/" + p.statements() + " of " + p.name() + " (" + p.file() + "/" + p.files() + ")");
            }

            @Override
            public void fileApplied(MigrationProgress p) {
                calls.add("applied " + p.name());
            }
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"))) {
            Migrations.of(dir(), DirectoryFormat.ATLAS).listener(recorder).apply(c, 0);
        }
        assertThat(calls).containsExactly(
                "statement 1/1 of 1_users.sql (1/2)", "applied 1_users.sql",
                "statement 1/2 of 2_posts.sql (2/2)", "statement 2/2 of 2_posts.sql (2/2)", "applied 2_posts.sql");
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheRun() throws Exception {
        MigrationListener broken = new MigrationListener() {
            @Override
            public void starting(MigrationProgress p) {
                throw new IllegalStateException("terminal went away");
            }
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"))) {
            MigrateResult result = Migrations.of(dir(), DirectoryFormat.ATLAS).listener(broken).apply(c, 0);
            assertThat(result.statementCount()).isEqualTo(3);
        }
    }
}
