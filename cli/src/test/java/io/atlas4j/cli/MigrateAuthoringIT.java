package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authoring side of the versioned workflow through the CLI: migrate diff writes the next file
 * (and nothing when in sync), migrate lint reviews it, migrate apply runs it, migrate down and
 * migrate set move the database back by hand. SQLite with an in-memory dev database, and
 * PostgreSQL with a dev database borrowed from the server or a scratch one.
 */
class MigrateAuthoringIT {
    @TempDir
    Path work;

    private static Cli.Result ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertThat(r.exit()).as("%s%n%s%n%s", String.join(" ", args), r.out(), r.err()).isZero();
        return r;
    }

    private static List<String> sqlFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void sqliteDiffLintApplyDownSet() throws Exception {
        Path dir = work.resolve("migrations");
        Path schema = work.resolve("schema.sql");
        String d = "file://" + dir;
        String dev = "sqlite://:memory:";
        Files.writeString(schema, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n");
        assertThat(ok("migrate", "diff", "init", "--dir", d, "--to", "file://" + schema, "--dev-url", dev).out()).contains("_init.sql");
        assertThat(ok("migrate", "diff", "again", "--dir", d, "--to", "file://" + schema, "--dev-url", dev).out())
                .contains("synced with the desired state, no changes to be made");
        assertThat(sqlFiles(dir)).hasSize(1);
        ok("migrate", "validate", "--dir", d);
        assertThat(ok("migrate", "lint", "--dir", d, "--dev-url", dev).out()).contains("no diagnostics found");

        Files.writeString(schema, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nCREATE INDEX users_name ON users (name);\n");
        ok("migrate", "diff", "slim", "--dir", d, "--to", "file://" + schema, "--dev-url", dev);
        assertThat(sqlFiles(dir)).hasSize(2);
        Cli.Result lint = Cli.run("migrate", "lint", "--dir", d, "--dev-url", dev, "--latest", "1", "--format", "json");
        assertThat(lint.exit()).as(lint.err()).isEqualTo(8);
        assertThat(lint.out()).startsWith("{\"files\":[{\"name\":\"").contains("\"code\":\"DS103\"");

        // A tampered directory is refused, naming the file, before the dev database is used.
        Path first = dir.resolve(sqlFiles(dir).get(0));
        String original = Files.readString(first);
        Files.writeString(first, original + "-- edited\n");
        Cli.Result tampered = Cli.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://" + work.resolve("dev.db"));
        assertThat(tampered.exit()).isEqualTo(12);
        assertThat(tampered.err()).contains(first.getFileName().toString(), "atlas4j migrate hash");
        assertThat(work.resolve("dev.db")).doesNotExist();
        Files.writeString(first, original);

        Path db = work.resolve("app.db");
        String url = "sqlite://" + db;
        assertThat(ok("migrate", "apply", "--url", url, "--dir", d).out()).contains("2 migrations ok");
        // Reverting the second file adds the column back (a rebuild on SQLite, rows kept): nothing is lost, nothing to allow.
        assertThat(ok("migrate", "down", "--url", url, "--dir", d).out()).contains("Migrating down", "\"email\" TEXT NOT NULL");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Servers.strings(c, "SELECT name FROM pragma_table_info('users') ORDER BY cid")).containsExactly("id", "email", "name");
        }
        assertThat(ok("migrate", "status", "--url", url, "--dir", d).out()).contains("Pending Files:   1");
        // Reverting the first would drop the table and its rows: refused unless allowed.
        Cli.Result refused = Cli.run("migrate", "down", "--url", url, "--dir", d);
        assertThat(refused.exit()).isEqualTo(6);
        assertThat(refused.err()).contains("users");
        String second = sqlFiles(dir).get(1);
        ok("migrate", "set", second.substring(0, second.indexOf('_')), "--url", url, "--dir", d);
        assertThat(ok("migrate", "status", "--url", url, "--dir", d).out()).contains("Migration Status: OK");
    }

    @Test
    void postgresDiffWithADevDatabaseAndDownWithAScratchOne() throws Exception {
        Path dir = work.resolve("pg");
        Path schema = work.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
                + "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n");
        try (Servers.TestDb dev = Servers.postgres(); Servers.TestDb target = Servers.postgres()) {
            String d = "file://" + dir;
            ok("migrate", "diff", "init", "--dir", d, "--to", "file://" + schema, "--dev-url", dev.url());
            assertThat(ok("migrate", "diff", "--dir", d, "--to", "file://" + schema, "--dev-url", dev.url()).out()).contains("no changes");
            assertThat(ok("migrate", "apply", "--url", target.url(), "--dir", d).out()).contains("1 migration ok");
            // The database itself is now the desired schema: diffing against it writes nothing.
            assertThat(ok("migrate", "diff", "--dir", d, "--to", target.url(), "--dev-url", dev.url()).out()).contains("no changes");
            assertThat(ok("migrate", "down", "--url", target.url(), "--dir", d, "--dry-run").out()).contains("DROP TABLE");
            ok("migrate", "down", "--url", target.url(), "--dir", d, "--allow-destructive");
            try (Connection c = target.connect()) {
                assertThat(Servers.strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                        .containsExactly("atlas_schema_revisions");
            }
        }
    }
}
