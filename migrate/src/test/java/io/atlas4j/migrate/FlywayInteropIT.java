package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.migrate.dir.DirectoryFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Flyway directory migrated by Flyway itself to V3 is continued by atlas4j, which applies V4 and
 * later and records them in {@code flyway_schema_history} the way Flyway does: Flyway's own
 * validate passes afterwards, its info shows every migration applied, and it finds nothing to do.
 */
class FlywayInteropIT {
    @TempDir
    Path tmp;

    private Path flywayDirectory() throws Exception {
        Path dir = tmp.resolve("db/migration");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("V1__create_users.sql"), "CREATE TABLE users (\n  id INT NOT NULL PRIMARY KEY,\n  name VARCHAR(100)\n);\n");
        Files.writeString(dir.resolve("V2__add_email.sql"), "ALTER TABLE users ADD email VARCHAR(200);\r\n");
        Files.writeString(dir.resolve("V3__create_posts.sql"), "\uFEFF-- posts belong to users\nCREATE TABLE posts (\n  id INT NOT NULL PRIMARY KEY,\n"
                + "  user_id INT NOT NULL REFERENCES users (id)\n);\n");
        Files.writeString(dir.resolve("V4__index_posts.sql"), "CREATE INDEX posts_user ON posts (user_id);\n");
        Files.writeString(dir.resolve("more/V4_1__seed.sql"), "INSERT INTO users (id, name) VALUES (1, 'ada');\n"
                + "INSERT INTO posts (id, user_id) VALUES (1, 1);\n");
        Files.writeString(dir.resolve("V5__add_title.sql"), "ALTER TABLE posts ADD title VARCHAR(100);\n");
        Files.writeString(dir.resolve("R__user_posts.sql"), "DROP VIEW IF EXISTS user_posts;\n"
                + "CREATE VIEW user_posts AS SELECT u.name, p.id AS post_id FROM users u JOIN posts p ON p.user_id = u.id;\n");
        return dir;
    }

    private static Flyway flyway(TestDatabases.TestDb db, Path dir, String target) {
        return Flyway.configure().dataSource(db.jdbc(), null, null).locations("filesystem:" + dir).target(target)
                .cleanDisabled(true).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void atlas4jContinuesWhereFlywayStoppedAndFlywayStillValidates(String kind) throws Exception {
        Path dir = flywayDirectory();
        try (TestDatabases.TestDb db = TestDatabases.create(kind, tmp)) {
            // Flyway runs V1-V3 and the repeatable view.
            assertThat(flyway(db, dir, "3").migrate().migrationsExecuted).isEqualTo(4);
            // The view changes: a repeatable migration runs again when its checksum does.
            Files.writeString(dir.resolve("R__user_posts.sql"), "DROP VIEW IF EXISTS user_posts;\n"
                    + "CREATE VIEW user_posts AS SELECT u.name, p.id AS post_id, p.title FROM users u JOIN posts p ON p.user_id = u.id;\n");
            try (Connection c = db.connect()) {
                MigrateResult r = Migrations.of(dir, DirectoryFormat.FLYWAY).apply(c, 0);
                assertThat(r.files()).extracting(AppliedFile::name)
                        .containsExactly("V4__index_posts.sql", "more/V4_1__seed.sql", "V5__add_title.sql", "R__user_posts.sql");
                assertThat(r.from()).contains("3");
                assertThat(TestDatabases.rows(c, "SELECT COUNT(*) FROM user_posts")).containsExactly("1");
                assertThat(TestDatabases.rows(c, "SELECT version, description, type, script, success FROM flyway_schema_history"
                        + " WHERE installed_rank > 4 ORDER BY installed_rank")).containsExactly(
                        "4|index posts|SQL|V4__index_posts.sql|" + (kind.equals("postgres") ? "t" : "1"),
                        "4.1|seed|SQL|more/V4_1__seed.sql|" + (kind.equals("postgres") ? "t" : "1"),
                        "5|add title|SQL|V5__add_title.sql|" + (kind.equals("postgres") ? "t" : "1"),
                        "null|user posts|SQL|R__user_posts.sql|" + (kind.equals("postgres") ? "t" : "1"));
            }
            Flyway flyway = flyway(db, dir, "latest");
            ValidateResult validate = flyway.validateWithResult();
            assertThat(validate.validationSuccessful).as("Flyway validate: %s", validate.invalidMigrations).isTrue();
            MigrationInfo[] all = flyway.info().all();
            // V1-V3, V4, V4.1, V5 applied; the repeatable migration's first run superseded by the run atlas4j made.
            assertThat(Arrays.stream(all).map(i -> i.getScript() + ":" + i.getState()).toList()).containsExactly(
                    "V1__create_users.sql:SUCCESS", "V2__add_email.sql:SUCCESS", "V3__create_posts.sql:SUCCESS",
                    "R__user_posts.sql:SUPERSEDED", "V4__index_posts.sql:SUCCESS", "more/V4_1__seed.sql:SUCCESS",
                    "V5__add_title.sql:SUCCESS", "R__user_posts.sql:SUCCESS");
            assertThat(flyway.migrate().migrationsExecuted).isZero();
            // And atlas4j, in turn, finds nothing left to do.
            try (Connection c = db.connect()) {
                assertThat(Migrations.of(dir, DirectoryFormat.FLYWAY).apply(c, 0).isEmpty()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void flywayContinuesADirectoryAtlas4jStarted(String kind) throws Exception {
        Path dir = flywayDirectory();
        try (TestDatabases.TestDb db = TestDatabases.create(kind, tmp)) {
            try (Connection c = db.connect()) {
                assertThat(Migrations.of(dir, DirectoryFormat.FLYWAY).apply(c, 2).files()).hasSize(2);
            }
            Flyway flyway = flyway(db, dir, "latest");
            assertThat(flyway.validateWithResult().validationSuccessful).isFalse(); // pending files remain
            assertThat(flyway.migrate().migrationsExecuted).isEqualTo(5);
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
            List<MigrationState> states = Arrays.stream(flyway.info().all()).map(MigrationInfo::getState).distinct().toList();
            assertThat(states).containsExactly(MigrationState.SUCCESS);
        }
    }
}
