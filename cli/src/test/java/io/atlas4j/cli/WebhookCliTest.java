package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --webhook}: one call per apply, success or failure, with the documented payload; a dead webhook changes nothing. */
class WebhookCliTest {
    @TempDir
    Path dir;
    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) out.add(e.getAsString());
        return out;
    }

    @Test
    void schemaApplyPostsOneReportWithThePlanThatRan() {
        Path db = dir.resolve("w.db");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE tags (id INTEGER);\n");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--webhook", hook());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(bodies).hasSize(1);
        JsonObject report = JsonParser.parseString(bodies.get(0)).getAsJsonObject();
        assertThat(report.get("command").getAsString()).isEqualTo("schema apply");
        assertThat(report.get("target").getAsString()).isEqualTo(Db.url(db));
        assertThat(report.get("status").getAsString()).isEqualTo("succeeded");
        assertThat(report.get("error").isJsonNull()).isTrue();
        List<String> summary = strings(report.getAsJsonArray("summary"));
        assertThat(summary).hasSize(2).allMatch(s -> s.startsWith("CREATE TABLE"));
        assertThat(strings(report.getAsJsonArray("applied"))).isEqualTo(summary);
        assertThat(r.out()).contains("-- Applied 2 statements.");
        assertThat(report.get("durationMillis").getAsLong()).isNotNegative();
        assertThat(Db.names(db, "table")).containsExactly("tags", "users");

        // A dry run is no apply: nobody is told.
        Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--dry-run", "--webhook", hook());
        assertThat(bodies).hasSize(1);
    }

    @Test
    void aRefusedApplyIsReportedAsFailedWithNothingApplied() {
        Path db = dir.resolve("f.db");
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE old (id INTEGER);");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve",
                "--webhook", hook(), "--webhook-format", "slack");
        assertThat(r.exit()).isEqualTo(6);
        assertThat(bodies).hasSize(1);
        String text = JsonParser.parseString(bodies.get(0)).getAsJsonObject().get("text").getAsString();
        assertThat(text).startsWith(":x: atlas4j schema apply failed on ").contains("0 of 1 applied", "DROP TABLE");
        assertThat(Db.names(db, "table")).containsExactly("old", "users");
    }

    @Test
    void migrateDownReportsTheStatementsThatRevertedTheFiles() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("down"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("2_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        String d = Db.fileUrl(migrations);
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Path db = dir.resolve("down.db");
        assertThat(Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d).exit()).isZero();
        Cli.Result dry = Cli.run("migrate", "down", "--url", Db.url(db), "--dir", d, "--dry-run", "--webhook", hook());
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(bodies).as("a dry run is no apply to report").isEmpty();
        Cli.Result refused = Cli.run("migrate", "down", "--url", Db.url(db), "--dir", d, "--webhook", hook());
        assertThat(refused.exit()).isNotZero();
        assertThat(bodies).hasSize(1);
        assertThat(JsonParser.parseString(bodies.get(0)).getAsJsonObject().get("status").getAsString()).isEqualTo("failed");
        Cli.Result down = Cli.run("migrate", "down", "--url", Db.url(db), "--dir", d, "--allow-destructive", "--webhook", hook());
        assertThat(down.exit()).as(down.err()).isZero();
        assertThat(bodies).hasSize(2);
        JsonObject report = JsonParser.parseString(bodies.get(1)).getAsJsonObject();
        assertThat(report.get("command").getAsString()).isEqualTo("migrate down");
        assertThat(report.get("status").getAsString()).isEqualTo("succeeded");
        assertThat(strings(report.getAsJsonArray("applied"))).singleElement().asString().contains("DROP TABLE").contains("posts");
        assertThat(Db.names(db, "table")).contains("users").doesNotContain("posts");
    }

    @Test
    void migrateApplyFailureReportsTheFilesThatTookEffect() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("2_broken.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        String d = Db.fileUrl(migrations);
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Path db = dir.resolve("m.db");
        Cli.Result r = Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--webhook", hook());
        assertThat(r.exit()).isEqualTo(7);
        assertThat(bodies).hasSize(1);
        JsonObject report = JsonParser.parseString(bodies.get(0)).getAsJsonObject();
        assertThat(report.get("command").getAsString()).isEqualTo("migrate apply");
        assertThat(report.get("status").getAsString()).isEqualTo("failed");
        assertThat(strings(report.getAsJsonArray("summary"))).containsExactly("1_users.sql", "2_broken.sql");
        assertThat(strings(report.getAsJsonArray("applied"))).containsExactly("1_users.sql");
        assertThat(report.get("error").getAsString()).contains("2_broken.sql", "nowhere");
        // SQLite rolled the broken file back; the first file stayed.
        assertThat(Db.names(db, "table")).contains("users").doesNotContain("posts");

        Files.writeString(migrations.resolve("2_broken.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        assertThat(Cli.run("migrate", "hash", "--dir", d).exit()).isZero();
        Cli.Result fixed = Cli.run("migrate", "apply", "--url", Db.url(db), "--dir", d, "--webhook", hook());
        assertThat(fixed.exit()).as(fixed.err()).isZero();
        assertThat(bodies).hasSize(2);
        JsonObject ok = JsonParser.parseString(bodies.get(1)).getAsJsonObject();
        assertThat(ok.get("status").getAsString()).isEqualTo("succeeded");
        assertThat(strings(ok.getAsJsonArray("applied"))).containsExactly("2_broken.sql");
    }

    @Test
    void anApplySucceedsWhileTheWebhookIsDown() {
        String dead = hook();
        server.stop(0); // the port is closed now: every attempt is refused
        Path db = dir.resolve("d.db");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--webhook", dead);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("-- Applied 1 statement.");
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("Warning: the --webhook was not told about this schema apply after 3 attempt(s)")
                .endsWith("the schema apply itself is unaffected.");
        assertThat(Db.names(db, "table")).containsExactly("users");
        assertThat(bodies).isEmpty();
    }

    @Test
    void aMalformedWebhookIsAnInputErrorBeforeAnythingRuns() {
        Path db = dir.resolve("x.db");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve", "--webhook", "ftp://x/y");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--webhook");
        Cli.Result f = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--auto-approve",
                "--webhook", hook(), "--webhook-format", "teams");
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains("use json or slack");
        assertThat(db).doesNotExist();
        assertThat(bodies).isEmpty();
    }
}
