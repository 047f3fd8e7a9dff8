package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format json} of schema diff, schema apply, migrate status and migrate apply, read back with a real JSON parser (Gson):
 * stdout is exactly one document, and its fields agree with what the database holds.
 */
class JsonOutputTest {
    private static final String DESIRED = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);
            """;

    @TempDir
    Path dir;

    /** Parses the whole of stdout as one document: trailing text after it fails. */
    static JsonObject document(Cli.Result r) {
        JsonElement e = JsonParser.parseString(r.out());
        assertThat(e.isJsonObject()).as(r.out()).isTrue();
        return e.getAsJsonObject();
    }

    static List<String> strings(JsonArray a, String field) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) out.add(e.getAsJsonObject().get(field).getAsString());
        return out;
    }

    @Test
    void diffAndApplyDocumentsDescribeWhatTheDatabaseGets() {
        Path db = dir.resolve("j.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Path desired = Db.write(dir.resolve("s.sql"), DESIRED);

        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired), "--format", "json");
        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonObject d = document(diff);
        assertThat(d.get("status").getAsString()).isEqualTo("planned");
        List<String> diffSql = strings(d.getAsJsonArray("statements"), "sql");
        assertThat(diffSql).isNotEmpty().anyMatch(s -> s.contains("posts"));
        assertThat(strings(d.getAsJsonArray("statements"), "change")).contains("AddTable");
        // The text output of the same diff holds exactly these statements.
        String text = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired)).out();
        for (String sql : diffSql) assertThat(text).contains(sql);

        Cli.Result dry = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--dry-run", "--format", "json");
        assertThat(dry.exit()).as(dry.err()).isZero();
        JsonObject p = document(dry);
        assertThat(p.get("status").getAsString()).isEqualTo("planned");
        assertThat(p.get("dryRun").getAsBoolean()).isTrue();
        assertThat(p.get("applied").getAsInt()).isZero();
        assertThat(p.get("error").isJsonNull()).isTrue();
        assertThat(strings(p.getAsJsonArray("statements"), "sql")).isEqualTo(diffSql);
        assertThat(Db.names(db, "table")).as("a dry run changes nothing").containsExactly("users");

        Cli.Result apply = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--format", "json");
        assertThat(apply.exit()).as(apply.err()).isZero();
        JsonObject a = document(apply);
        assertThat(a.get("status").getAsString()).isEqualTo("applied");
        assertThat(a.get("dryRun").getAsBoolean()).isFalse();
        assertThat(a.get("applied").getAsInt()).isEqualTo(a.getAsJsonArray("statements").size()).isEqualTo(diffSql.size());
        assertThat(Db.names(db, "table")).containsExactly("posts", "users");
        assertThat(Db.count(db, Db.HISTORY, "success")).isEqualTo(1);

        JsonObject synced = document(Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--format", "json"));
        assertThat(synced.get("status").getAsString()).isEqualTo("synced");
        assertThat(synced.getAsJsonArray("statements")).isEmpty();
        assertThat(document(Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired), "--format", "json"))
                .get("status").getAsString()).isEqualTo("synced");
    }

    @Test
    void aRefusedApplyIsOneFailedDocumentWithTheErrorAndItsExitStatus() {
        Path db = dir.resolve("r.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE old (id INTEGER);");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--format", "json");
        assertThat(r.exit()).isEqualTo(6);
        JsonObject doc = document(r);
        assertThat(doc.get("status").getAsString()).isEqualTo("failed");
        assertThat(doc.get("applied").getAsInt()).isZero();
        assertThat(doc.getAsJsonObject("error").get("code").getAsString()).isEqualTo("DESTRUCTIVE_CHANGE");
        assertThat(doc.getAsJsonObject("error").get("exitCode").getAsInt()).isEqualTo(6);
        assertThat(strings(doc.getAsJsonArray("statements"), "sql")).singleElement().asString().contains("DROP TABLE");
        assertThat(doc.getAsJsonArray("statements").get(0).getAsJsonObject().get("destructive").getAsBoolean()).isTrue();
        assertThat(strings(doc.getAsJsonArray("lint"), "code")).anyMatch(c -> c.startsWith("DS"));
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ");
        assertThat(Db.names(db, "table")).containsExactly("old", "users");
    }

    @Test
    void jsonApplyThatWouldHaveToAskIsAnInputErrorWithNothingOnStdout() {
        Path db = dir.resolve("a.db");
        Db.exec(db, "");
        Path desired = Db.write(dir.resolve("s.sql"), DESIRED);
        Cli.Result r = Cli.run(ProgressTest.ATTACHED, "schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format json cannot ask for approval", "--auto-approve", "--dry-run");
        assertThat(Db.names(db, "table")).isEmpty();
        Cli.Result bad = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired), "--format", "yaml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--format is text or json, not yaml");
    }

    @Test
    void migrateStatusDocumentFollowsTheRevisionTable() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        String d = Db.fileUrl(migrations);
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Path db = dir.resolve("m.db");
        Db.exec(db, "");

        JsonObject fresh = document(Cli.run("migrate", "status", "--url", Db.url(db), "--dir", d, "--format", "json"));
        assertThat(fresh.get("status").getAsString()).isEqualTo("PENDING");
        assertThat(fresh.get("current").isJsonNull()).isTrue();
        assertThat(fresh.get("next").getAsString()).isEqualTo("1");
        assertThat(strings(fresh.getAsJsonArray("pending"), "name")).containsExactly("1_users.sql", "2_posts.sql");

        assertThat(Cli.run("migrate", "apply", "1", "--url", Db.url(db), "--dir", d).exit()).isZero();
        Cli.Result half = Cli.run("migrate", "status", "--url", Db.url(db), "--dir", d, "--format", "json");
        assertThat(half.exit()).as(half.err()).isZero();
        JsonObject s = document(half);
        assertThat(s.get("status").getAsString()).isEqualTo("PENDING");
        assertThat(s.get("current").getAsString()).isEqualTo("1");
        assertThat(strings(s.getAsJsonArray("executed"), "version")).containsExactly("1");
        assertThat(strings(s.getAsJsonArray("pending"), "version")).containsExactly("2");
        assertThat(s.get("failed").isJsonNull()).isTrue();
        // The revision table agrees, read with plain JDBC.
        assertThat(Db.count(db, "atlas_schema_revisions", "version = '1'")).isEqualTo(1);
        assertThat(Db.names(db, "table")).contains("users").doesNotContain("posts");
    }

    @Test
    void migrateApplyDocumentsNameTheFilesThatRanAndTheOneThatFailed() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("apply"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\nCREATE INDEX posts_id ON posts (id);\n");
        String d = Db.fileUrl(migrations);
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Path db = dir.resolve("apply.db");
        Db.exec(db, "");

        JsonObject planned = document(Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--dry-run", "--format", "json"));
        assertThat(planned.get("status").getAsString()).isEqualTo("planned");
        assertThat(planned.get("dryRun").getAsBoolean()).isTrue();
        assertThat(strings(planned.getAsJsonArray("files"), "name")).containsExactly("1_users.sql", "2_posts.sql");
        assertThat(planned.getAsJsonArray("applied")).isEmpty();
        assertThat(Db.names(db, "table")).doesNotContain("users");

        Cli.Result run = Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonObject applied = document(run);
        assertThat(applied.get("status").getAsString()).isEqualTo("applied");
        assertThat(applied.get("to").getAsString()).isEqualTo("2");
        assertThat(applied.get("from").isJsonNull()).isTrue();
        assertThat(applied.getAsJsonArray("pending")).hasSize(2);
        JsonObject posts = applied.getAsJsonArray("files").get(1).getAsJsonObject();
        assertThat(posts.getAsJsonArray("statements")).hasSize(2);
        assertThat(posts.get("executionMillis").getAsLong()).isNotNegative();
        assertThat(Db.names(db, "table")).contains("users", "posts");

        assertThat(document(Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--format", "json")).get("status").getAsString())
                .isEqualTo("synced");

        Files.writeString(migrations.resolve("3_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("4_broken.sql"), "CREATE TABLE broken (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Cli.Result failed = Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--format", "json");
        assertThat(failed.exit()).isNotZero();
        JsonObject f = document(failed);
        assertThat(f.get("status").getAsString()).isEqualTo("failed");
        assertThat(f.getAsJsonArray("pending").toString()).contains("3_tags.sql").contains("4_broken.sql");
        assertThat(f.getAsJsonArray("applied").toString()).contains("3_tags.sql").doesNotContain("4_broken");
        JsonObject error = f.getAsJsonObject("error");
        assertThat(error.get("exitCode").getAsInt()).isEqualTo(failed.exit());
        assertThat(error.get("message").getAsString()).contains("nowhere");
        assertThat(Db.names(db, "table")).contains("tags").doesNotContain("broken");
    }
}
