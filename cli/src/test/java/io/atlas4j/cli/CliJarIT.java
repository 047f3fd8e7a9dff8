package io.atlas4j.cli;

import io.atlas4j.testkit.Prerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI as a user runs it: the shaded jar in its own JVM, and the {@code ./atlas4j}
 * launcher, doing the README's main job on a copy of the blog example.
 */
class CliJarIT {
    @TempDir
    Path work;
    Path jar;
    Path root;

    @BeforeEach
    void findJarAndCopyExample() throws IOException {
        root = Path.of(System.getProperty("atlas4j.root", "..")).toAbsolutePath().normalize();
        jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
        if (!Files.isRegularFile(jar)) Prerequisite.missing("no runnable jar at " + jar + ": run mvn package first", null);
        Path blog = Files.createDirectories(work.resolve("examples/blog"));
        Files.copy(root.resolve("examples/blog/schema.sql"), blog.resolve("schema.sql"));
    }

    record Run(int exit, String out, String err) {
    }

    private Run run(List<String> command) throws Exception {
        return run(command, Map.of());
    }

    private Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().putAll(environment);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("process finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run java(String... args) throws Exception {
        return java(Map.of(), args);
    }

    private Run java(Map<String, String> environment, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, environment);
    }

    @Test
    void readmeMainJobWorksFromTheJar() throws Exception {
        Run first = java("schema", "apply", "--url", "sqlite://demo.db", "--to", "file://examples/blog/schema.sql", "--auto-approve");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).as("nothing on stderr (no logging noise)").isEmpty();
        assertThat(first.out()).startsWith("-- Planned Changes:").contains("CREATE TABLE").contains("-- Applied ");
        assertThat(work.resolve("demo.db")).isRegularFile();
        assertThat(Db.names(work.resolve("demo.db"), "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");

        Run again = java("schema", "apply", "--url", "sqlite://demo.db", "--to", "file://examples/blog/schema.sql", "--auto-approve");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo("Schemas are synced, no changes to be made.\n");

        Run json = java("schema", "inspect", "--url", "sqlite://demo.db", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(JsonReader.parse(json.out().strip())).isNotNull();
    }

    /** {@code --visualize --open} hands the page to $BROWSER, detached, and still prints its path. */
    @Test
    void visualizeOpenStartsTheBrowserOfTheEnvironment() throws Exception {
        assertThat(java("schema", "apply", "--url", "sqlite://demo.db", "--to", "file://examples/blog/schema.sql", "--auto-approve").exit())
                .isZero();
        Path opened = work.resolve("opened.txt");
        Path browser = Files.writeString(work.resolve("browser.sh"), "#!/bin/sh\necho \"$1\" > " + opened + "\n");
        assertThat(browser.toFile().setExecutable(true)).isTrue();
        Run r = java(Map.of("BROWSER", browser.toString()), "schema", "inspect", "--url", "sqlite://demo.db", "--visualize", "--open",
                "--output", "erd.html");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).endsWith("erd.html");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.isRegularFile(opened) && Files.size(opened) > 0) && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(Files.readString(opened).strip()).isEqualTo(work.resolve("erd.html").toUri().toString());
        Run without = java("schema", "inspect", "--url", "sqlite://demo.db", "--open");
        assertThat(without.exit()).isNotZero();
        assertThat(without.err()).contains("--open opens the page of --visualize");
    }

    @Test
    void projectFileInTheWorkingDirectoryReadsTheEnvironment() throws Exception {
        // atlas.hcl in the working directory is the default --config; getenv reads the process environment.
        Files.writeString(work.resolve("atlas.hcl"), """
                env "local" {
                url = "sqlite://${getenv("ATLAS4J_TEST_DB")}"
                src =   "file://examples/blog/schema.sql"
                }
                """);
        Run r = java(Map.of("ATLAS4J_TEST_DB", "from-env.db"), "schema", "apply", "--env", "local", "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("-- Applied ");
        assertThat(Db.names(work.resolve("from-env.db"), "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
        Run fmt = java("schema", "fmt");
        assertThat(fmt.exit()).as(fmt.err()).isZero();
        assertThat(fmt.out()).isEqualTo("./atlas.hcl\n");
        assertThat(Files.readString(work.resolve("atlas.hcl"))).contains("  url = \"sqlite://${getenv(");
    }

    @Test
    void everyBundledDialectIsDiscovered() throws Exception {
        // An unknown scheme lists the schemes of every dialect ServiceLoader found in the jar.
        Run r = java("schema", "inspect", "--url", "nosuchdb://x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("sqlite", "postgres", "mysql", "mariadb", "sqlserver");
    }

    @Test
    void launcherRunsTheBuiltJar() throws Exception {
        // A dry run only reads: on a database file that does not exist it says so, and creates nothing.
        Run missing = run(List.of("bash", root.resolve("atlas4j").toString(),
                "schema", "apply", "--url", "sqlite://demo.db", "--to", "file://examples/blog/schema.sql", "--dry-run"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Error: SQLite database file \"demo.db\" does not exist");
        assertThat(work.resolve("demo.db")).doesNotExist();
        Db.exec(work.resolve("demo.db"), "");
        Run r = run(List.of("bash", root.resolve("atlas4j").toString(),
                "schema", "apply", "--url", "sqlite://demo.db", "--to", "file://examples/blog/schema.sql", "--dry-run"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("-- Planned Changes:").contains("Dry run");
        assertThat(Db.names(work.resolve("demo.db"), "table")).isEmpty();
        Run version = run(List.of("bash", root.resolve("atlas4j").toString(), "--version"));
        assertThat(version.out()).startsWith("atlas4j ");
    }

    @Test
    void lspAnswersAnEditorOverStdio() throws Exception {
        StringBuilder in = new StringBuilder();
        for (String msg : List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")) {
            in.append("Content-Length: ").append(msg.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(msg);
        }
        Path input = Files.writeString(work.resolve("lsp-in.txt"), in.toString());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "lsp").directory(work.toFile()).redirectInput(input.toFile());
        Path out = work.resolve("lsp-out.txt");
        pb.redirectOutput(out.toFile()).redirectError(work.resolve("lsp-err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("lsp ended after exit").isTrue();
        String answer = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(answer).isZero();
        assertThat(answer).startsWith("Content-Length: ").contains("\"capabilities\"", "\"completionProvider\"", "\"id\":2");
    }
}
