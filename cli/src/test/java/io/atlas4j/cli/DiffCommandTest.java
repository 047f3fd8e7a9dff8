package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;

    @Test
    void syncedWhenDatabaseMatchesFile() throws Exception {
        Path db = dir.resolve("blog.db");
        Db.exec(db, Files.readString(Db.blogSchema()));
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.url(db), "--to", "file://" + Db.blogSchema());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Schemas are synced, no changes to be made.\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void printsPlannedSqlThatClosesTheGap() throws Exception {
        Path db = dir.resolve("partial.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
        Path desired = Db.write(dir.resolve("desired.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
                CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id), title TEXT);
                CREATE INDEX posts_author ON posts (author);
                """);
        byte[] before = Db.bytes(db);
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CREATE TABLE", "posts", "email", "CREATE INDEX").doesNotContain("Schemas are synced");
        assertThat(Db.bytes(db)).as("diff writes nothing").isEqualTo(before);

        Db.exec(db, r.out());
        Cli.Result again = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired));
        assertThat(again.out()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    @Test
    void comparesTwoFilesThroughADevDatabase() {
        Path a = Db.write(dir.resolve("a.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY);\n");
        Path b = Db.write(dir.resolve("b.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT);\n");
        Path dev = dir.resolve("dev.db");
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.fileUrl(a), "--to", Db.fileUrl(b), "--dev-url", Db.url(dev));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("note");
        assertThat(Db.names(dev, "table")).as("the dev database is left empty").isEmpty();
    }

    @Test
    void twoFilesWithoutADialectAreRefused() {
        Path a = Db.write(dir.resolve("a.sql"), "CREATE TABLE t (id INTEGER);\n");
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.fileUrl(a), "--to", Db.fileUrl(a));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("--dev-url");
    }

    @Test
    void directorySourceLoadsEveryFile() throws Exception {
        Path schemaDir = Files.createDirectories(dir.resolve("schema"));
        Db.write(schemaDir.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Db.write(schemaDir.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n");
        Path db = dir.resolve("d.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));");
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(schemaDir));
        assertThat(r.out()).as(r.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }
}
