package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

        Cli.Result again = apply(db, Db.blogSchema(), "--auto-approve");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void previewShowsEachStatementWithItsComment() {
        Path db = dir.resolve("p.db");
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
                .startsWith("Error: ").contains("DROP TABLE").contains("posts").contains("--allow-destructive");
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
    void failingPlanLeavesTheDatabaseAsBefore() throws Exception {
        Path db = dir.resolve("f.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO users VALUES (1, 'a'), (2, 'a');");
        byte[] before = Db.bytes(db);
        Path desired = Db.write(dir.resolve("u.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
                CREATE UNIQUE INDEX users_email ON users (email);
                CREATE TABLE audit (id INTEGER PRIMARY KEY);
                """);
        Cli.Result r = apply(db, desired, "--auto-approve");
        assertThat(r.exit()).isEqualTo(7);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("UNIQUE");
        assertThat(Db.bytes(db)).isEqualTo(before);
        assertThat(Files.exists(db)).isTrue();
    }
}
