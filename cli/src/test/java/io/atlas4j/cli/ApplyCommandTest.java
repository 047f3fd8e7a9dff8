package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTest {
    private static final String USERS_AND_POSTS = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);
            """;

    @TempDir
    Path dir;

    private Cli.Result apply(Path db, Path desired, String... more) {
        return apply(Terminal.none(), db, desired, more);
    }

    private Cli.Result apply(Terminal terminal, Path db, Path desired, String... more) {
        List<String> args = new ArrayList<>(List.of("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired)));
        args.addAll(List.of(more));
        return Cli.run(terminal, args.toArray(String[]::new));
    }

    @Test
    void autoApproveAppliesTheBlogAndThenIsSynced() {
        Path db = dir.resolve("demo.db");
        Cli.Result r = apply(db, Db.blogSchema(), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("-- Planned Changes:\n").contains("CREATE TABLE").contains("-- Applied ");
        assertThat(Db.names(db, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
        assertThat(Db.names(db, "view")).containsExactly("published_posts");
        assertThat(Db.names(db, "trigger")).containsExactly("posts_touch");

        assertThat(Db.count(db, Db.HISTORY, "success")).as("the apply is recorded").isEqualTo(1);
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(db), "--format", "json").out())
                .as("the history is not part of the schema").doesNotContain(Db.HISTORY);

        Cli.Result again = apply(db, Db.blogSchema(), "--auto-approve");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("Schemas are synced, no changes to be made.\n");
        assertThat(Db.count(db, Db.HISTORY)).isEqualTo(1);
    }

    @Test
    void previewShowsEachStatementWithItsComment() {
        Path db = dir.resolve("p.db");
        Db.exec(db, "");
        Path desired = Db.write(dir.resolve("s.sql"), USERS_AND_POSTS);
        Cli.Result r = apply(db, desired, "--dry-run");
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("-- Planned Changes:");
        // Every statement is preceded by its comment line.
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("CREATE")) assertThat(lines[i - 1]).startsWith("-- ");
        }
    }

    @Test
    void dryRunLeavesTheFileByteIdentical() {
        Path db = dir.resolve("dry.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
        byte[] before = Db.bytes(db);
        Cli.Result r = apply(db, Db.blogSchema(), "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("-- Planned Changes:").contains("posts").contains("Dry run");
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowed() {
        Path db = dir.resolve("d.db");
        Db.exec(db, USERS_AND_POSTS + "INSERT INTO users VALUES (1, 'ann');");
        Path desired = Db.write(dir.resolve("users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        byte[] before = Db.bytes(db);

        Cli.Result refused = apply(db, desired, "--auto-approve");
        assertThat(refused.exit()).isEqualTo(6);
        assertThat(refused.errLines()).singleElement().asString()
                .startsWith("Error: ").containsIgnoringCase("drop table posts").contains("--allow-destructive");
        assertThat(Db.bytes(db)).isEqualTo(before);

        Cli.Result allowed = apply(db, desired, "--auto-approve", "--allow-destructive");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("users");
        assertThat(Db.count(db, "users")).isEqualTo(1);
    }

    @Test
    void withoutTerminalAndWithoutAutoApproveNothingIsApplied() {
        Path db = dir.resolve("n.db");
        Db.exec(db, "CREATE TABLE keep (id INTEGER);");
        byte[] before = Db.bytes(db);
        Cli.Result r = apply(db, Db.blogSchema(), "--allow-destructive");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("--auto-approve");
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void terminalConfirmationDecides() {
        Path db = dir.resolve("t.db");
        Db.exec(db, "CREATE TABLE keep (id INTEGER);");
        byte[] before = Db.bytes(db);
        List<String> asked = new ArrayList<>();
        Terminal no = q -> {
            asked.add(q);
            return Optional.of(false);
        };
        Cli.Result declined = apply(no, db, Db.blogSchema(), "--allow-destructive");
        assertThat(declined.exit()).isEqualTo(1);
        assertThat(declined.errLines()).singleElement().asString().contains("not approved");
        assertThat(asked).hasSize(1);
        assertThat(Db.bytes(db)).isEqualTo(before);

        Cli.Result accepted = apply(q -> Optional.of(true), db, Db.blogSchema(), "--allow-destructive");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
    }

    @Test
    void syntaxErrorNamesFileAndLineAndChangesNothing() {
        Path db = dir.resolve("s.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        byte[] before = Db.bytes(db);
        Path bad = Db.write(dir.resolve("bad.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY);

                CREATE TABLE posts (id INTEGER PRIMARY KEY,, title TEXT);
                """);
        Cli.Result r = apply(db, bad, "--auto-approve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("Error: ").contains(bad + ":3").contains("syntax error");
        assertThat(r.out()).isEmpty();
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void badInputDoesNotEvenCreateANewTargetFile() {
        Path db = dir.resolve("new.db");
        Path bad = Db.write(dir.resolve("bad.sql"), "CREATE TABLE t (id INTEGER,, x);\n");
        Cli.Result r = apply(db, bad, "--auto-approve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains(bad + ":1");
        assertThat(db).doesNotExist();
    }

    @Test
    void devUrlLoadsTheDesiredSchema() {
        Path db = dir.resolve("target.db");
        Path dev = dir.resolve("dev.db");
        Cli.Result r = apply(db, Db.blogSchema(), "--auto-approve", "--dev-url", Db.url(dev));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
        assertThat(Db.names(dev, "table")).as("the dev database is left empty").isEmpty();
    }

    @Test
    void lintFindingsArePrintedAndCanRefuseTheApply() {
        Path db = dir.resolve("l.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, 'a'), (2, 'a');");
        byte[] before = Db.bytes(db);
        Path desired = Db.write(dir.resolve("u.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
                CREATE UNIQUE INDEX users_email ON users (email);
                """);
        Cli.Result r = apply(db, desired, "--auto-approve", "--lint-fail-on", "info");
        assertThat(r.exit()).isEqualTo(8);
        assertThat(r.out()).contains("-- Lint:");
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: lint found");
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void renameHintRenamesInsteadOfDropAndAdd() {
        Path db = dir.resolve("r.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, mail TEXT); INSERT INTO users VALUES (1, 'a@x');");
        Path desired = Db.write(dir.resolve("r.sql"), """
                CREATE TABLE users (
                    id INTEGER PRIMARY KEY,
                    email TEXT -- atlas:renamed-from mail
                );
                """);
        Cli.Result r = apply(db, desired, "--auto-approve");
        assertThat(r.exit()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).containsIgnoringCase("rename");
        assertThat(Db.count(db, "users", "email = 'a@x'")).isEqualTo(1);
    }

    @Test
    void missingDesiredFileIsOneLine() {
        Path db = dir.resolve("m.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        byte[] before = Db.bytes(db);
        Path missing = dir.resolve("nope").resolve("schema.sql");
        Cli.Result r = apply(db, missing, "--auto-approve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains(missing.toString());
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void planThatStoredRowsWouldBreakIsRefusedBeforeAnythingRuns() throws Exception {
        Path db = dir.resolve("d.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, 'a'), (2, 'a'), (3, NULL);");
        byte[] before = Db.bytes(db);
        Path desired = Db.write(dir.resolve("u.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
                CREATE UNIQUE INDEX users_email ON users (email);
                CREATE TABLE audit (id INTEGER PRIMARY KEY);
                """);
        Cli.Result r = apply(db, desired, "--auto-approve");
        assertThat(r.exit()).isEqualTo(10);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ")
                .contains("users(email)").contains("1 duplicate row(s)").contains("remove the duplicates first")
                .contains("nothing was applied");
        assertThat(Db.bytes(db)).as("not even a history table").isEqualTo(before);

        Path notNull = Db.write(dir.resolve("n.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        Cli.Result n = apply(db, notNull, "--auto-approve");
        assertThat(n.exit()).isEqualTo(10);
        assertThat(n.errLines()).singleElement().asString().contains("users.email").contains("NULL in 1 row(s)")
                .contains("--fill-nulls");
        assertThat(Db.bytes(db)).isEqualTo(before);
    }

    @Test
    void failingPlanLeavesTheDatabaseAsBefore() throws Exception {
        Path db = dir.resolve("f.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, 'a'), (2, 'a');");
        Path desired = Db.write(dir.resolve("u.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT CHECK (email <> 'a'));
                CREATE TABLE audit (id INTEGER PRIMARY KEY);
                """);
        Cli.Result r = apply(db, desired, "--auto-approve");
        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("CHECK");
        // The schema and rows are as before; only the history records the failed attempt.
        assertThat(Db.names(db, "table")).containsExactly("users");
        assertThat(Db.count(db, "users")).isEqualTo(2);
        assertThat(Db.count(db, Db.HISTORY, "NOT success")).isEqualTo(1);
        Path original = Db.write(dir.resolve("original.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n");
        assertThat(Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(original)).out())
                .isEqualTo(DiffCommand.SYNCED + "\n");
    }
}
