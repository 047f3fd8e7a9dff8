package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --env}, {@code --config} and {@code --var}: an env of an atlas.hcl project file fills the options not given. */
class ProjectFileTest {
    @TempDir
    Path dir;
    Path db;
    Path config;

    @BeforeEach
    void schema() {
        db = dir.resolve("app.db");
        config = dir.resolve("atlas.hcl");
        Db.write(dir.resolve("schema.hcl"), HclCliTest.USERS);
    }

    private Path project(String text) {
        return Db.write(config, text);
    }

    private String configUrl() {
        return "file://" + config;
    }

    private Cli.Result run(String... args) {
        return Cli.run(args);
    }

    private String localEnv(String extra) {
        return """
                env "local" {
                  url = "%s"
                  dev = "sqlite://:memory:"
                  src = "file://schema.hcl"
                %s}
                """.formatted(Db.url(db), extra);
    }

    @Test
    void schemaApplyWithAnEnvTakesUrlDevAndSrcFromIt() {
        project(localEnv(""));
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CREATE TABLE").contains("-- Applied ");
        assertThat(Db.names(db, "table")).containsExactly("users");
        assertThat(run("schema", "apply", "--env", "local", "--config", configUrl(), "--auto-approve").out())
                .isEqualTo(DiffCommand.SYNCED + "\n");
        assertThat(run("schema", "diff", "--env", "local", "--config", configUrl()).out()).isEqualTo(DiffCommand.SYNCED + "\n");
        assertThat(run("schema", "inspect", "--env", "local", "--config", configUrl()).out()).contains("CREATE TABLE");
    }

    /** Atlas's external schema: a program's output is the env's desired schema, loaded like a file. */
    @Test
    void externalSchemaDataSourceIsTheDesiredSchema() {
        Path gen = Db.write(dir.resolve("gen.sh"), "printf 'CREATE TABLE accounts (id INTEGER PRIMARY KEY, %s TEXT NOT NULL);\\n' \"$1\"\n");
        project("""
                data "external_schema" "models" {
                  program = ["sh", "%s", "email"]
                }
                data "external_schema" "broken" {
                  program = ["sh", "-c", "echo entity Account has no id >&2; exit 5"]
                }
                env "local" {
                  url = "%s"
                  src = data.external_schema.models.url
                }
                env "broken" {
                  url = "%s"
                  src = data.external_schema.broken.url
                }
                """.formatted(gen, Db.url(db), Db.url(db)));
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("accounts");
        assertThat(run("schema", "diff", "--env", "local", "--config", configUrl()).out()).isEqualTo(DiffCommand.SYNCED + "\n");
        Cli.Result broken = run("schema", "apply", "--env", "broken", "--config", configUrl(), "--auto-approve", "--allow-destructive");
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.err()).contains("exited with status 5").contains("entity Account has no id");
        assertThat(Db.names(db, "table")).containsExactly("accounts");
    }

    @Test
    void flagsGivenOnTheCommandLineWin() {
        project(localEnv(""));
        Path other = dir.resolve("other.db");
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--url", Db.url(other), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(other, "table")).containsExactly("users");
        assertThat(db).doesNotExist();
    }

    @Test
    void varReachesTheProjectFileAndTheHclSchema() {
        project("""
                variable "name" {
                  type = string
                }
                variable "fallback" {
                  type    = string
                  default = "nobody"
                }
                env "local" {
                  url = "sqlite://%s/${var.name}.db"
                  src = "file://schema.hcl"
                }
                """.formatted(dir));
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--var", "name=chosen",
                "--var", "fallback=alice", "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("'alice'");
        assertThat(Db.names(dir.resolve("chosen.db"), "table")).containsExactly("users");
    }

    @Test
    void envWithoutAProjectFileNamesTheMissingFile() {
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", "file://" + dir.resolve("nope.hcl"), "--auto-approve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: --env local needs a project file, and \"")
                .contains("nope.hcl\" does not exist");
        Cli.Result byDefault = run("migrate", "status", "--env", "local");
        assertThat(byDefault.exit()).isEqualTo(2);
        assertThat(byDefault.err()).contains("\"atlas.hcl\" does not exist");
    }

    @Test
    void anUnknownEnvListsTheKnownOnes() {
        project(localEnv("") + "env \"ci\" {\n}\n");
        Cli.Result r = run("schema", "inspect", "--env", "locl", "--config", configUrl());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "Error: env \"locl\" is not defined in atlas.hcl (Did you mean local?): the envs are local, ci");
    }

    @Test
    void aMissingOptionNamesWhereItCanComeFrom() {
        project("env \"local\" {\n  src = \"file://schema.hcl\"\n}\n");
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "Error: missing --url: give it on the command line, or set it in env \"local\" of the project file");
        Cli.Result none = run("schema", "inspect");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("missing --url");
    }

    @Test
    void checkerErrorsAreReportedWithPositionsAndTheDatabaseIsUntouched() {
        Db.exec(db, "CREATE TABLE keep (id INTEGER);");
        byte[] before = Db.bytes(db);
        String[][] cases = {
                {"env \"local\" {\n  ur = \"x\"\n}\n",
                        "atlas.hcl:2,3-5: unknown attribute \"ur\" in block of type env (Did you mean url?)"},
                {"env \"local\" {\n  migraton {\n  }\n}\n",
                        "atlas.hcl:2,3-11: unknown block type \"migraton\" (Did you mean migration?)"},
                {"variable \"pass\" {\n  type = string\n}\nenv \"local\" {\n  url = \"sqlite://${var.pass}\"\n}\n",
                        "atlas.hcl:1,1-16: variable \"pass\" has no value: pass --var pass=value, or give it a default"},
                {"env \"local\" {\n  url = var.nope\n}\n", "atlas.hcl:2,9-17: unknown variable var.nope"},
                {"env \"local\" {\n  url = getenvv(\"X\")\n}\n",
                        "atlas.hcl:2,9-16: unknown function \"getenvv\" (Did you mean getenv?)"},
                {"env {\n  url = \"x\"\n}\n", "atlas.hcl:1,1-4: env block without a name label must set name (e.g. name = atlas.env)"},
                {"env \"local\" {\n  diff {\n    skip {\n      drop_tabel = true\n    }\n  }\n}\n",
                        "atlas.hcl:4,7-17: unknown attribute \"drop_tabel\" in block of type skip (Did you mean drop_table?)"},
                {"env \"local\" {\n  url = \"x\n}\n", "atlas.hcl:2,9: "},
        };
        for (String[] c : cases) {
            project(c[0]);
            Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--to", Db.fileUrl(dir.resolve("schema.hcl")),
                    "--url", Db.url(db), "--auto-approve");
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.errLines()).as(c[0]).singleElement().asString().startsWith("Error: " + c[1]);
            assertThat(Db.bytes(db)).isEqualTo(before);
        }
    }

    @Test
    void passwordsOfEnvUrlsAreMasked() {
        project("env \"prod\" {\n  url = \"postgres://app:sup3rs3cret@127.0.0.1:1/db\"\n}\n");
        Cli.Result r = run("schema", "inspect", "--env", "prod", "--config", configUrl());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).startsWith("Error: ").doesNotContain("sup3rs3cret");
        Cli.Result verbose = run("schema", "inspect", "--env", "prod", "--config", configUrl(), "--verbose");
        assertThat(verbose.err()).doesNotContain("sup3rs3cret");
    }

    @Test
    void theDiffSkipPolicyOfAnEnvLeavesThoseChangesOut() {
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'nobody', legacy TEXT);");
        project(localEnv("  diff {\n    skip {\n      drop_column = true\n    }\n  }\n"));
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("legacy");
        assertThat(run("schema", "diff", "--env", "local", "--config", configUrl()).out()).doesNotContain("DROP");
        // Without the env the same apply drops the column, which needs --allow-destructive.
        Cli.Result plain = run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(dir.resolve("schema.hcl")), "--dry-run");
        assertThat(plain.out()).contains("legacy");
    }

    @Test
    void lintDestructiveErrorRefusesEvenAnAllowedDrop() {
        Db.exec(db, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'nobody'); CREATE TABLE old (id INTEGER);");
        byte[] before = Db.bytes(db);
        project(localEnv("  lint {\n    destructive {\n      error = true\n    }\n  }\n"));
        Cli.Result r = run("schema", "apply", "--env", "local", "--config", configUrl(), "--allow-destructive", "--auto-approve");
        assertThat(r.exit()).as(r.out()).isNotZero();
        assertThat(r.err()).contains("DS102");
        assertThat(Db.bytes(db)).isEqualTo(before);
        project(localEnv("  lint {\n    destructive {\n      error = false\n    }\n  }\n"));
        Cli.Result allowed = run("schema", "apply", "--env", "local", "--config", configUrl(), "--allow-destructive", "--auto-approve");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("users");
    }

    @Test
    void migrateCommandsTakeTheDirectoryAndUrlFromTheEnv() throws Exception {
        project(localEnv("  migration {\n    dir = \"file://db/migrations\"\n  }\n"));
        Cli.Result created = run("migrate", "new", "init", "--env", "local", "--config", configUrl());
        assertThat(created.exit()).as(created.err()).isZero();
        Path file = Path.of(created.out().strip());
        assertThat(file.getParent()).isEqualTo(dir.resolve("db/migrations"));
        Files.writeString(file, "CREATE TABLE t (id INTEGER);\n");
        assertThat(run("migrate", "hash", "--env", "local", "--config", configUrl()).exit()).isZero();
        assertThat(run("migrate", "validate", "--env", "local", "--config", configUrl()).exit()).isZero();
        Cli.Result applied = run("migrate", "apply", "--env", "local", "--config", configUrl());
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(Db.names(db, "table")).contains("t");
        Cli.Result status = run("migrate", "status", "--env", "local", "--config", configUrl());
        assertThat(status.out()).as(status.err()).contains("Already at latest version");
        Cli.Result lint = run("migrate", "lint", "--env", "local", "--config", configUrl());
        assertThat(lint.exit()).as(lint.err() + lint.out()).isZero();
        Cli.Result diff = run("migrate", "diff", "users", "--env", "local", "--config", configUrl());
        assertThat(diff.exit()).as(diff.err()).isZero();
        try (var s = Files.list(dir.resolve("db/migrations"))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_users.sql")).toList()).hasSize(1);
        }
        assertThat(List.of(run("migrate", "import", "--env", "nope", "--config", configUrl(), "--from", "file://x?format=flyway",
                "--to", "file://y").exit())).containsExactly(2);
    }
}
