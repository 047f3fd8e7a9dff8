package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines on stderr: drawn when a terminal is attached, absent otherwise (pipes, files, CI logs). */
class ProgressTest {
    /** A terminal a person watches; it never answers prompts (the tests auto-approve). */
    static final Terminal ATTACHED = new Terminal() {
        @Override
        public Optional<Boolean> confirm(String question) {
            return Optional.empty();
        }

        @Override
        public boolean attached() {
            return true;
        }
    };

    @TempDir
    Path dir;

    @Test
    void schemaApplyDrawsEveryStatementOnATerminalOnly() {
        Path db = dir.resolve("t.db");
        Cli.Result r = Cli.run(ATTACHED, "schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(Db.blogSchema()), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        int n = Integer.parseInt(r.out().replaceAll("(?s).*-- Applied (\\d+) statements\\..*", "$1"));
        assertThat(n).isGreaterThan(3);
        for (int i = 1; i <= n; i++) assertThat(r.err()).contains("statement " + i + " of " + n + ", ");
        assertThat(r.err()).contains("CREATE TABLE").doesNotContain("statement " + (n + 1) + " of");
        assertThat(r.err()).as("each line is redrawn in place and erased at the end").startsWith("\r\033[K").endsWith("\r\033[K");
        assertThat(r.out()).as("stdout never carries progress").doesNotContain("statement 1 of").doesNotContain("\r");
        assertThat(Db.names(db, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");

        Path piped = dir.resolve("p.db");
        Cli.Result quiet = Cli.run(Terminal.none(), "schema", "apply", "--url", Db.url(piped), "--to", Db.fileUrl(Db.blogSchema()), "--auto-approve");
        assertThat(quiet.exit()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(r.out());
        assertThat(Db.names(piped, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
    }

    @Test
    void migrateApplyDrawsFilesAndStatementsOnATerminalOnly() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\nCREATE INDEX users_id ON users (id);\n");
        Files.writeString(migrations.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n");
        String d = Db.fileUrl(migrations);
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();

        Path db = dir.resolve("m.db");
        Cli.Result r = Cli.run(ATTACHED, "migrate", "apply", "--url", Db.url(db), "--dir", d);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("file 1 of 2 (1_users.sql), statement 1 of 2, ", "file 1 of 2 (1_users.sql), statement 2 of 2, ",
                "file 2 of 2 (2_posts.sql), statement 1 of 1, ").endsWith("\r\033[K");
        assertThat(r.out()).contains("2 migrations ok").doesNotContain("\r");
        assertThat(Db.names(db, "table")).contains("posts", "users");

        Path other = dir.resolve("n.db");
        Cli.Result quiet = Cli.run(Terminal.none(), "migrate", "apply", "--url", Db.url(other), "--dir", d);
        assertThat(quiet.exit()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(Db.names(other, "table")).contains("posts", "users");
    }
}
