package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atlas HCL sources and atlas.hcl envs against a real PostgreSQL server. */
class HclPostgresIT {
    private static final String SCHEMA = """
            variable "fallback" {
              type    = string
              default = "nobody"
            }
            schema "public" {}
            table "users" {
              schema = schema.public
              column "id" {
                type = bigint
              }
              column "email" {
                type = varchar(255)
              }
              column "name" {
                type    = text
                default = var.fallback
              }
              primary_key {
                columns = [column.id]
              }
              index "users_email" {
                unique  = true
                columns = [column.email]
              }
            }
            """;

    private static final String TABLES = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            + " AND table_name <> 'atlas4j_schema_history' ORDER BY 1";

    @TempDir
    Path dir;

    @Test
    void schemaApplyDiffAndInspectWithHcl() throws Exception {
        Path schema = Db.write(dir.resolve("schema.hcl"), SCHEMA);
        try (Servers.TestDb db = Servers.postgres()) {
            String url = db.url() + "?search_path=public";
            Cli.Result applied = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(schema), "--var", "fallback=pat",
                    "--auto-approve");
            assertThat(applied.exit()).as(applied.err()).isZero();
            assertThat(applied.out()).contains("CREATE TABLE").contains("'pat'");
            try (Connection c = db.connect()) {
                assertThat(Servers.strings(c, TABLES)).containsExactly("users");
            }
            Cli.Result diff = Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(schema), "--var", "fallback=pat");
            assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");
            Cli.Result hcl = Cli.run("schema", "inspect", "--url", url, "--format", "hcl");
            assertThat(hcl.exit()).as(hcl.err()).isZero();
            assertThat(hcl.out()).contains("table \"users\"").contains("schema \"public\"");
            Path back = Db.write(dir.resolve("back.hcl"), hcl.out());
            assertThat(Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(back)).out()).isEqualTo(DiffCommand.SYNCED + "\n");
        }
    }

    @Test
    void aWholeDatabaseUrlTakesHclWithSchemaBlocks() throws Exception {
        Path schema = Db.write(dir.resolve("schema.hcl"), SCHEMA);
        try (Servers.TestDb db = Servers.postgres()) {
            Cli.Result applied = Cli.run("schema", "apply", "--url", db.url(), "--to", Db.fileUrl(schema), "--auto-approve");
            assertThat(applied.exit()).as(applied.err()).isZero();
            assertThat(Cli.run("schema", "diff", "--from", db.url(), "--to", Db.fileUrl(schema)).out()).isEqualTo(DiffCommand.SYNCED + "\n");
        }
    }

    @Test
    void migrateDiffReadsHclThroughThePostgresDevDatabase() throws Exception {
        Path schema = Db.write(dir.resolve("schema.hcl"), SCHEMA);
        Path migrations = dir.resolve("migrations");
        try (Servers.TestDb dev = Servers.postgres()) {
            String devUrl = dev.url() + "?search_path=public";
            Cli.Result r = Cli.run("migrate", "diff", "init", "--dir", Db.fileUrl(migrations), "--to", Db.fileUrl(schema),
                    "--dev-url", devUrl);
            assertThat(r.exit()).as(r.err()).isZero();
            try (var s = Files.list(migrations)) {
                Path file = s.filter(p -> p.getFileName().toString().endsWith("_init.sql")).findFirst().orElseThrow();
                assertThat(Files.readString(file)).contains("CREATE TABLE").contains("users_email");
            }
            Cli.Result again = Cli.run("migrate", "diff", "next", "--dir", Db.fileUrl(migrations), "--to", Db.fileUrl(schema),
                    "--dev-url", devUrl);
            assertThat(again.out()).as(again.err()).startsWith("The migration directory is synced");
            try (Connection c = dev.connect()) {
                assertThat(Servers.strings(c, TABLES)).as("the dev database is left as found").isEmpty();
            }
        }
    }

    @Test
    void schemaApplyWithAnEnvOnPostgres() throws Exception {
        Db.write(dir.resolve("schema.hcl"), SCHEMA);
        try (Servers.TestDb db = Servers.postgres(); Servers.TestDb dev = Servers.postgres()) {
            Path config = Db.write(dir.resolve("atlas.hcl"), """
                    variable "db" {
                      type = string
                    }
                    env "local" {
                      url = "postgres://postgres@127.0.0.1:5432/${var.db}?search_path=public"
                      dev = "%s?search_path=public"
                      src = "file://schema.hcl"
                    }
                    """.formatted(dev.url()));
            Cli.Result r = Cli.run("schema", "apply", "--env", "local", "--config", "file://" + config, "--var", "db=" + db.name(),
                    "--auto-approve");
            assertThat(r.exit()).as(r.err()).isZero();
            try (Connection c = db.connect()) {
                assertThat(Servers.strings(c, TABLES)).containsExactly("users");
            }
            // A broken project file changes nothing.
            Db.write(config, Files.readString(config).replace("url =", "ur ="));
            try (Connection c = db.connect()) {
                Servers.exec(c, "CREATE TABLE extra (id int)");
            }
            Cli.Result broken = Cli.run("schema", "apply", "--env", "local", "--config", "file://" + config, "--var", "db=" + db.name(),
                    "--url", db.url() + "?search_path=public", "--allow-destructive", "--auto-approve");
            assertThat(broken.exit()).isEqualTo(2);
            assertThat(broken.err()).contains("unknown attribute \"ur\" in block of type env (Did you mean url?)");
            try (Connection c = db.connect()) {
                assertThat(Servers.strings(c, TABLES)).containsExactly("extra", "users");
            }
        }
    }
}
