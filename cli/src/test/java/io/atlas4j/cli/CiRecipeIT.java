package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.atlas4j.testkit.Prerequisite;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of docs/ci.md's GitHub Actions workflow, read from the page itself, through bash with the
 * packaged CLI as {@code atlas4j.jar}: {@code $DEV_URL} and {@code $DATABASE_URL} name fresh local PostgreSQL
 * databases, and each step must end with the exit status the page promises.
 */
class CiRecipeIT {
    private static final Pattern RUN = Pattern.compile("^\\s*run: (java -jar atlas4j\\.jar .+)$", Pattern.MULTILINE);

    @TempDir
    Path work;

    /** {@return the {@code java -jar atlas4j.jar ...} lines of the page's yaml block, in order} */
    static List<String> recipe(Path page) throws Exception {
        String text = Files.readString(page);
        int start = text.indexOf("```yaml\n");
        assertThat(start).as("docs/ci.md has a yaml block").isNotNegative();
        String yaml = text.substring(start, text.indexOf("\n```", start + 1));
        List<String> out = new ArrayList<>();
        Matcher m = RUN.matcher(yaml);
        while (m.find()) out.add(m.group(1).strip());
        return out;
    }

    private static String step(List<String> recipe, String prefix, boolean dryRun) {
        return recipe.stream().filter(l -> l.startsWith("java -jar atlas4j.jar " + prefix) && l.contains("--dry-run") == dryRun)
                .findFirst().orElseThrow(() -> new AssertionError("docs/ci.md has no step running " + prefix));
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs one line of the page as the workflow's shell does, with the job's environment variables. */
    private Run bash(String line, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-ec", line).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        // The job's setup-java puts Java 17 first on the PATH; here, the JVM running the tests.
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("step finished: " + line).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run expect(int exit, String line, Map<String, String> env) throws Exception {
        Run r = bash(line, env);
        assertThat(r.exit()).as(line + "\nstdout: " + r.out() + "\nstderr: " + r.err()).isEqualTo(exit);
        return r;
    }

    @Test
    void theWorkflowsCommandsKeepThePagesPromises() throws Exception {
        Path root = Path.of(System.getProperty("atlas4j.root", "..")).toAbsolutePath().normalize();
        Path jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
        if (!Files.isRegularFile(jar)) Prerequisite.missing("no runnable jar at " + jar + ": run mvn package first", null);
        List<String> recipe = recipe(root.resolve("docs/ci.md"));
        assertThat(recipe).hasSize(5);
        Files.copy(jar, work.resolve("atlas4j.jar"));

        // The repository the workflow checks out: an atlas-format directory with its atlas.sum.
        Path dir = Files.createDirectories(work.resolve("db/migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n");
        Files.writeString(dir.resolve("2_posts.sql"),
                "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), title text);\n");
        expect(0, "java -jar atlas4j.jar migrate hash --dir file://db/migrations", Map.of());

        try (Servers.TestDb dev = Servers.postgres(); Servers.TestDb production = Servers.postgres()) {
            Map<String, String> env = Map.of("DEV_URL", dev.url() + "?sslmode=disable", "DATABASE_URL", production.url());

            // Pull request: integrity, then lint of the newest file (safe: exit 0, one JSON document).
            expect(0, step(recipe, "migrate validate", false), env);
            Run lint = expect(0, step(recipe, "migrate lint", false), env);
            JsonObject report = JsonParser.parseString(lint.out()).getAsJsonObject();
            assertThat(report.getAsJsonArray("files")).hasSize(1);
            assertThat(report.getAsJsonArray("files").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("2_posts.sql");

            // Merge: what will run, the deploy, the status after it.
            Run dry = expect(0, step(recipe, "migrate apply", true), env);
            assertThat(dry.out()).contains("2 migrations", "dry run");
            try (Connection c = production.connect()) {
                assertThat(Servers.strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                        .as("the dry run changed nothing").isEmpty();
            }
            Run deploy = expect(0, step(recipe, "migrate apply", false), env);
            assertThat(deploy.out()).contains("2 migrations ok");
            Run status = expect(0, step(recipe, "migrate status", false), env);
            assertThat(status.out()).contains("Migration Status: OK", "Current Version: 2");
            try (Connection c = production.connect()) {
                assertThat(Servers.strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " ORDER BY 1")).containsExactly("atlas_schema_revisions", "posts", "users");
                assertThat(Servers.strings(c, "SELECT version FROM atlas_schema_revisions ORDER BY version")).containsExactly("1", "2");
            }

            // A destructive newest file fails the pull request's lint with exit 8.
            Files.writeString(dir.resolve("3_drop_posts.sql"), "DROP TABLE posts;\n");
            expect(0, "java -jar atlas4j.jar migrate hash --dir file://db/migrations", Map.of());
            expect(0, step(recipe, "migrate validate", false), env);
            Run refused = expect(8, step(recipe, "migrate lint", false), env);
            assertThat(refused.out()).contains("3_drop_posts.sql", "\"severity\":\"ERROR\"", "DS");

            // A file edited after it was hashed never passes the integrity check.
            Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            Run tampered = expect(12, step(recipe, "migrate validate", false), env);
            assertThat(tampered.err()).contains("atlas.sum");
        }
    }
}
