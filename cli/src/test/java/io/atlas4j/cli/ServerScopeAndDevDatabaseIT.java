package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a database URL covers, and what a reused dev database looks like afterwards, on real
 * PostgreSQL and MariaDB servers.
 */
class ServerScopeAndDevDatabaseIT {
    private static final String TWO_SCHEMAS = """
            CREATE SCHEMA auth;
            CREATE SCHEMA app;
            CREATE TABLE auth.users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TYPE app.mood AS ENUM ('happy', 'sad');
            CREATE TABLE app.posts (
                id bigint PRIMARY KEY,
                author bigint NOT NULL REFERENCES auth.users (id),
                mood app.mood
            );
            CREATE TABLE notes (id int PRIMARY KEY);
            """;

    /** The catalog facts a dev database must keep: its schemas with owner, privileges and comment, and what is in them. */
    private static final String PG_STATE = """
            SELECT n.nspname, pg_get_userbyid(n.nspowner), coalesce(n.nspacl::text, ''),
                   coalesce(obj_description(n.oid, 'pg_namespace'), ''),
                   (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid),
                   (SELECT count(*) FROM pg_type t WHERE t.typnamespace = n.oid AND t.typtype IN ('e', 'd', 'c') AND t.typrelid = 0)
            FROM pg_namespace n WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' ORDER BY 1""";

    @TempDir
    Path dir;

    @Test
    void postgresUrlWithoutSearchPathManagesEverySchema() throws Exception {
        try (Servers.TestDb db = Servers.postgres()) {
            Path desired = Db.write(dir.resolve("two.sql"), TWO_SCHEMAS);
            Cli.Result applied = Cli.run("schema", "apply", "--url", db.url(), "--to", Db.fileUrl(desired), "--auto-approve");
            assertThat(applied.exit()).as(applied.err()).isZero();
            assertThat(applied.out()).contains("CREATE SCHEMA IF NOT EXISTS auth;").contains("CREATE SCHEMA IF NOT EXISTS app;").contains("-- Applied ");
            try (Connection c = db.connect()) {
                assertThat(Servers.strings(c, "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_schema IN ('auth', 'app', 'public') AND table_name <> 'atlas4j_schema_history' ORDER BY 1"))
                        .containsExactly("app.posts", "auth.users", "public.notes");
            }
            assertThat(Cli.run("schema", "diff", "--from", db.url(), "--to", Db.fileUrl(desired)).out()).isEqualTo(DiffCommand.SYNCED + "\n");
            Cli.Result again = Cli.run("schema", "apply", "--url", db.url(), "--to", Db.fileUrl(desired), "--auto-approve");
            assertThat(again.out()).isEqualTo(DiffCommand.SYNCED + "\n");
            Cli.Result inspect = Cli.run("schema", "inspect", "--url", db.url());
            assertThat(inspect.out()).contains("CREATE SCHEMA IF NOT EXISTS public;").contains("CREATE TABLE auth.users")
                    .contains("CREATE TABLE app.posts").doesNotContain("standard public schema");
            // What inspect prints builds the same database from nothing.
            try (Servers.TestDb copy = Servers.postgres(); Connection c = copy.connect()) {
                Servers.exec(c, inspect.out());
                assertThat(Cli.run("schema", "diff", "--from", copy.url(), "--to", db.url()).out()).isEqualTo(DiffCommand.SYNCED + "\n");
            }
        }
    }

    @Test
    void postgresUrlNamingOneSchemaRefusesDesiredObjectsOutsideIt() throws Exception {
        try (Servers.TestDb db = Servers.postgres()) {
            Path desired = Db.write(dir.resolve("two.sql"), TWO_SCHEMAS);
            Cli.Result r = Cli.run("schema", "apply", "--url", db.url() + "?search_path=public", "--to", Db.fileUrl(desired), "--auto-approve");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().contains("outside the one schema compared")
                    .contains("\"app\"").contains("\"auth\"").contains("search_path");
            Cli.Result diff = Cli.run("schema", "diff", "--from", db.url() + "?search_path=public", "--to", Db.fileUrl(desired));
            assertThat(diff.exit()).isEqualTo(2);
            assertThat(diff.out()).as("never reported synced").isEmpty();
        }
    }

    @Test
    void postgresDevUrlReusedIsLeftExactlyAsFound() throws Exception {
        try (Servers.TestDb target = Servers.postgres(); Servers.TestDb dev = Servers.postgres()) {
            List<String> before;
            try (Connection c = dev.connect()) {
                before = Servers.strings(c, PG_STATE);
            }
            Path desired = Db.write(dir.resolve("two.sql"), TWO_SCHEMAS);
            Cli.Result first = Cli.run("schema", "diff", "--from", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url());
            assertThat(first.exit()).as(first.err()).isZero();
            Cli.Result second = Cli.run("schema", "diff", "--from", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url());
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(second.out()).isEqualTo(first.out()).doesNotContain("COMMENT ON SCHEMA");
            Cli.Result applied = Cli.run("schema", "apply", "--url", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url(),
                    "--auto-approve");
            assertThat(applied.exit()).as(applied.err()).isZero();
            Cli.Result synced = Cli.run("schema", "apply", "--url", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url(),
                    "--auto-approve");
            assertThat(synced.out()).isEqualTo(DiffCommand.SYNCED + "\n");
            try (Connection c = dev.connect()) {
                assertThat(Servers.strings(c, PG_STATE)).as("the dev database's schemas, owners, privileges and comments").isEqualTo(before);
            }
        }
    }

    @Test
    void postgresDevUrlThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        try (Servers.TestDb target = Servers.postgres(); Servers.TestDb dev = Servers.postgres()) {
            try (Connection c = dev.connect()) {
                Servers.exec(c, "CREATE TABLE leftover (id int)");
            }
            Path desired = Db.write(dir.resolve("one.sql"), "CREATE TABLE notes (id int PRIMARY KEY);");
            Cli.Result r = Cli.run("schema", "diff", "--from", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.errLines()).singleElement().asString().contains("is not empty").contains("leftover");
            try (Connection c = dev.connect()) {
                assertThat(Servers.strings(c, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace")).containsExactly("leftover");
            }
        }
    }

    @Test
    void mariadbDevUrlReusedIsLeftEmpty() throws Exception {
        try (Servers.TestDb target = Servers.mariadb(); Servers.TestDb dev = Servers.mariadb()) {
            Path desired = Db.write(dir.resolve("shop.sql"), """
                    CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);
                    CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id));
                    CREATE VIEW emails AS SELECT email FROM users;
                    CREATE PROCEDURE touch() SELECT 1;
                    """);
            for (int i = 0; i < 2; i++) {
                Cli.Result r = Cli.run("schema", "diff", "--from", target.url(), "--to", Db.fileUrl(desired), "--dev-url", dev.url());
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out()).contains("CREATE TABLE `users`");
            }
            try (Connection c = dev.connect()) {
                assertThat(Servers.strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")).isEmpty();
                assertThat(Servers.strings(c, "SELECT routine_name FROM information_schema.routines WHERE routine_schema = DATABASE()")).isEmpty();
            }
        }
    }

    @Test
    void mariadbUrlWithoutDatabaseIsRefused() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", "mysql://root@127.0.0.1:3306");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("names no database").contains("mysql://root@127.0.0.1:3306/app");
    }

    @Test
    void mariadbAppliedButHistoryNotRecordedSaysSo() throws Exception {
        try (Servers.TestDb db = Servers.mariadb()) {
            try (Connection c = db.connect()) {
                // A history table someone changed so that no row can be added to it.
                Servers.exec(c, "CREATE TABLE atlas4j_schema_history (id BIGINT NOT NULL PRIMARY KEY, applied_at TIMESTAMP NOT NULL,"
                        + " fingerprint_before VARCHAR(64) NOT NULL, fingerprint_after VARCHAR(64) NOT NULL, statements LONGTEXT NOT NULL,"
                        + " duration_ms BIGINT NOT NULL, success BOOLEAN NOT NULL, error LONGTEXT, approved_by VARCHAR(20) NOT NULL)");
            }
            Path desired = Db.write(dir.resolve("t.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, name varchar(20));");
            Cli.Result r = Cli.run("schema", "apply", "--url", db.url(), "--to", Db.fileUrl(desired), "--auto-approve");
            assertThat(r.exit()).isEqualTo(11);
            assertThat(r.errLines()).singleElement().asString().startsWith("Error: applied, history not recorded")
                    .contains("all 1 statement(s) took effect").contains("atlas4j_schema_history").doesNotContain("apply failed");
            assertThat(Cli.run("schema", "diff", "--from", db.url(), "--to", Db.fileUrl(desired)).out())
                    .as("the schema is as planned").isEqualTo(DiffCommand.SYNCED + "\n");
        }
    }
}
