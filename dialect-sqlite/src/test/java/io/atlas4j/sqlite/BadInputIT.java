package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input changes nothing: a syntax error names file:line, and a plan failing midway rolls back entirely. */
class BadInputIT {
    @TempDir
    Path dir;

    @Test
    void syntaxErrorNamesFileAndLineAndLeavesTargetUntouched() throws Exception {
        Path target = dir.resolve("target.db");
        try (SqliteDb db = SqliteDb.open(target)) {
            db.exec("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO users VALUES (1, 'ann');");
        }
        String before = sha256(target);
        Path desired = dir.resolve("schema.sql");
        Files.writeString(desired, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n\nCREATE TABLE posts (id INTEGER PRIMARY KEY,, title TEXT);\n");
        assertThatThrownBy(() -> Atlas.load(desired, SqliteDb.DIALECT))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageStartingWith(desired + ":3")
                .hasMessageContaining("syntax error");
        assertThat(sha256(target)).isEqualTo(before);
    }

    @Test
    void failingPlanLeavesSchemaAndRowsAsBefore() {
        try (SqliteDb db = SqliteDb.open(dir.resolve("fail.db"))) {
            db.exec("PRAGMA foreign_keys = ON");
            db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE c (id INTEGER PRIMARY KEY, "
                    + "p_id INTEGER REFERENCES p (id) ON DELETE CASCADE, email TEXT);\n"
                    + "INSERT INTO p VALUES (1, 'a');\nINSERT INTO c VALUES (1, 1, 'same'), (2, 1, 'same');");
            Schema before = db.inspect();
            List<List<Object>> rowsBefore = db.rows("SELECT c.id, c.p_id, c.email, p.name FROM c JOIN p ON p.id = c.p_id ORDER BY c.id");
            // The rebuild of p comes first and succeeds; the unique index over duplicate emails fails after it.
            Schema desired = Atlas.load("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');\n"
                    + "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE, email TEXT);\n"
                    + "CREATE UNIQUE INDEX c_email ON c (email);", "desired.sql", SqliteDb.DIALECT);
            Plan plan = db.plan(desired, DiffOptions.defaults());
            assertThat(plan.statements().size()).isGreaterThan(2);
            assertThatThrownBy(() -> db.apply(plan)).isInstanceOf(ApplyException.class).hasMessageContaining("UNIQUE");
            assertThat(SqliteDb.diff(before, db.inspect())).isEmpty();
            assertThat(db.inspect()).isEqualTo(before);
            assertThat(db.rows("SELECT c.id, c.p_id, c.email, p.name FROM c JOIN p ON p.id = c.p_id ORDER BY c.id")).isEqualTo(rowsBefore);
            assertThat(db.rows("PRAGMA foreign_keys")).isEqualTo(List.of(List.of(1)));
        }
    }

    @Test
    void foreignKeyViolationBeforeCommitRollsBack() {
        try (SqliteDb db = SqliteDb.open(dir.resolve("fk.db"))) {
            db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER);\n"
                    + "INSERT INTO c VALUES (1, 42);");
            Schema before = db.inspect();
            Schema desired = Atlas.load("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                    + "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));", "desired.sql", SqliteDb.DIALECT);
            Plan plan = db.plan(desired, DiffOptions.defaults());
            assertThatThrownBy(() -> db.apply(plan)).isInstanceOf(ApplyException.class).hasMessageContaining("foreign key check failed");
            assertThat(db.inspect()).isEqualTo(before);
            assertThat(db.rows("SELECT p_id FROM c")).isEqualTo(List.of(List.of(42)));
        }
    }

    @Test
    void refusesToRebuildInsideAnOpenTransactionWithForeignKeysOn() throws Exception {
        try (SqliteDb db = SqliteDb.open(dir.resolve("tx.db"))) {
            db.exec("PRAGMA foreign_keys = ON");
            db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, a INT);\nCREATE TABLE c (id INTEGER PRIMARY KEY, "
                    + "p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);\nINSERT INTO p VALUES (1, 1);\nINSERT INTO c VALUES (1, 1);");
            Schema desired = Atlas.load("CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT);\n"
                    + "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);", "desired.sql", SqliteDb.DIALECT);
            Plan plan = db.plan(desired, DiffOptions.defaults());
            db.connection.setAutoCommit(false);
            db.exec("SELECT count(*) FROM p");
            assertThatThrownBy(() -> db.apply(plan)).isInstanceOf(InvalidInputException.class).hasMessageContaining("auto-commit");
            db.connection.rollback();
            db.connection.setAutoCommit(true);
            assertThat(db.rows("SELECT count(*) FROM c")).isEqualTo(List.of(List.of(1)));
        }
    }

    @Test
    void violationsThatExistedBeforeDoNotBlockAPlan() {
        try (SqliteDb db = SqliteDb.open(dir.resolve("old.db"))) {
            db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));\n"
                    + "INSERT INTO c VALUES (1, 42);");
            Schema desired = Atlas.load("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);\n"
                    + "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id), note TEXT NOT NULL DEFAULT '');",
                    "desired.sql", SqliteDb.DIALECT);
            db.apply(db.plan(desired, DiffOptions.defaults()));
            assertThat(db.diffTo(desired, DiffOptions.defaults())).isEmpty();
            assertThat(db.rows("SELECT p_id FROM c")).isEqualTo(List.of(List.of(42)));
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
