package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atlas HCL on the command line: as a source of schema apply, diff and migrate diff, and as inspect's output. */
class HclCliTest {
    static final String USERS = """
            variable "fallback" {
              type    = string
              default = "nobody"
            }
            schema "main" {}
            table "users" {
              schema = schema.main
              column "id" {
                type = integer
              }
              column "name" {
                type    = text
                default = var.fallback
              }
              primary_key {
                columns = [column.id]
              }
            }
            """;

    static final String POSTS = """
            table "posts" {
              schema = schema.main
              column "id" {
                type = integer
              }
              column "author" {
                type = integer
                null = true
              }
              primary_key {
                columns = [column.id]
              }
              foreign_key "posts_author" {
                columns     = [column.author]
                ref_columns = [table.users.column.id]
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void schemaApplyAndDiffReadAnHclFile() {
        Path schema = Db.write(dir.resolve("schema.hcl"), USERS);
        Path db = dir.resolve("app.db");
        Cli.Result applied = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(schema), "--auto-approve");
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("CREATE TABLE").contains("-- Applied ");
        assertThat(Db.names(db, "table")).containsExactly("users");
        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(schema));
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).isEqualTo(DiffCommand.SYNCED + "\n");
        // The other direction, and a database as the desired side against an HCL current side.
        Cli.Result back = Cli.run("schema", "diff", "--from", Db.fileUrl(schema), "--to", Db.url(db));
        assertThat(back.out()).as(back.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    @Test
    void aFolderOfHclFilesIsOneSchema() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("schema"));
        Db.write(folder.resolve("users.hcl"), USERS);
        Db.write(folder.resolve("posts.hcl"), POSTS);
        Path db = dir.resolve("app.db");
        Cli.Result applied = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(folder), "--auto-approve");
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("posts", "users");
        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(folder));
        assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");
        Cli.Result files = Cli.run("schema", "diff", "--from", "file://" + Db.blogSchema().toAbsolutePath(),
                "--to", Db.fileUrl(folder), "--dev-url", "sqlite://:memory:");
        assertThat(files.exit()).as(files.err()).isZero();
        assertThat(files.out()).contains("DROP TABLE").contains("CREATE TABLE");
    }

    @Test
    void varReachesTheVariableBlocksOfHclSchemaFiles() {
        Path schema = Db.write(dir.resolve("schema.hcl"), USERS);
        Path db = dir.resolve("app.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(schema), "--var", "fallback=alice",
                "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("'alice'").doesNotContain("nobody");
        assertThat(Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(schema), "--var", "fallback=alice").out())
                .isEqualTo(DiffCommand.SYNCED + "\n");
        assertThat(Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(schema)).out()).contains("nobody");
    }

    @Test
    void inspectFormatHclReadsBackToTheSameSchema() {
        Path db = dir.resolve("app.db");
        Db.exec(db, """
                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');
                CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id));
                CREATE INDEX posts_author ON posts (author);
                """);
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(db), "--format", "hcl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("table \"users\" {", "schema \"main\"");
        Path hcl = Db.write(dir.resolve("inspected.hcl"), r.out());
        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(hcl));
        assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");
        // SQL and JSON still work.
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(db), "--format", "sql").out()).contains("CREATE TABLE");
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(db), "--format", "json").out()).startsWith("{");
    }

    @Test
    void inspectFormatHclWritesTheWholeBlogWithItsViewAndTrigger() {
        // The HCL writer once refused triggers with one error line; it now expresses every object of the blog.
        Path db = dir.resolve("blog.db");
        Db.exec(db, Db.blogSchemaText());
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(db), "--format", "hcl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("view \"published_posts\" {", "trigger \"posts_touch\" {");
        Path hcl = Db.write(dir.resolve("blog.hcl"), r.out());
        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(hcl));
        assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    @Test
    void migrateDiffWritesTheNextFileFromAnHclSchema() throws Exception {
        Path schema = Db.write(dir.resolve("schema.hcl"), USERS);
        Path migrations = dir.resolve("migrations");
        Cli.Result r = Cli.run("migrate", "diff", "init", "--dir", Db.fileUrl(migrations), "--to", Db.fileUrl(schema),
                "--dev-url", "sqlite://:memory:", "--var", "fallback=carol");
        assertThat(r.exit()).as(r.err()).isZero();
        Path file;
        try (var s = Files.list(migrations)) {
            file = s.filter(p -> p.getFileName().toString().endsWith("_init.sql")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(file)).contains("CREATE TABLE").contains("'carol'");
        Cli.Result again = Cli.run("migrate", "diff", "next", "--dir", Db.fileUrl(migrations), "--to", Db.fileUrl(schema),
                "--dev-url", "sqlite://:memory:", "--var", "fallback=carol");
        assertThat(again.out()).as(again.err()).startsWith("The migration directory is synced");
    }

    @Test
    void aBrokenHclSourceIsOneErrorWithPositionsAndChangesNothing() {
        Path schema = Db.write(dir.resolve("schema.hcl"), USERS.replace("primary_key {", "primray_key {"));
        Path db = dir.resolve("app.db");
        Db.exec(db, "CREATE TABLE keep (id INTEGER);");
        byte[] before = Db.bytes(db);
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(schema), "--auto-approve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("schema.hcl:15,3-14").contains("(Did you mean primary_key?)");
        assertThat(Db.bytes(db)).isEqualTo(before);
    }
}
