package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan approved at the prompt is applied only if the database is still the one it was planned
 * against: when another process changed it meanwhile the apply is refused, unless the database now
 * holds the desired schema, which is success.
 */
class ApprovalRaceTest {
    private static final String DESIRED = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);
            """;

    @TempDir
    Path dir;

    @Test
    void anotherProcessAppliedTheSamePlanWhileTheUserReadIt() {
        Path db = dir.resolve("same.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Path desired = Db.write(dir.resolve("s.sql"), DESIRED);
        Terminal meanwhile = question -> {
            Cli.Result other = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve");
            assertThat(other.exit()).as(other.err()).isZero();
            return Optional.of(true);
        };
        Cli.Result r = Cli.run(meanwhile, "schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("-- Planned Changes:").endsWith(DiffCommand.SYNCED + "\n")
                .contains("Another process applied the changes");
        assertThat(Db.count(db, Db.HISTORY)).as("only the other process applied").isEqualTo(1);
    }

    @Test
    void anotherProcessChangedTheDatabaseOtherwise() {
        Path db = dir.resolve("other.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Path desired = Db.write(dir.resolve("s.sql"), DESIRED);
        Terminal meanwhile = question -> {
            Db.exec(db, "ALTER TABLE users ADD COLUMN nickname TEXT;");
            return Optional.of(true);
        };
        Cli.Result r = Cli.run(meanwhile, "schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired));
        assertThat(r.exit()).isEqualTo(9);
        assertThat(r.errLines()).singleElement().asString().contains("changed since the plan was approved")
                .contains("nothing was applied");
        assertThat(Db.names(db, "table")).containsExactly("users");
    }
}
