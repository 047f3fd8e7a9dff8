package io.atlas4j.cli;

import io.atlas4j.testkit.Prerequisite;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against real PostgreSQL and MariaDB servers (127.0.0.1), through the bundled dialects:
 * file sources load through a scratch database the dialect creates on the target's server.
 * Each test creates its own database and drops it. Skips when a server is down, fails under CI=true.
 */
class ServerDatabasesIT {
    static final String SCHEMA = """
            CREATE TABLE users (
                id    bigint       NOT NULL PRIMARY KEY,
                email varchar(255) NOT NULL
            );
            CREATE UNIQUE INDEX users_email ON users (email);
            CREATE TABLE posts (
                id      bigint       NOT NULL PRIMARY KEY,
                user_id bigint       NOT NULL,
                title   varchar(200) NOT NULL,
                CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id)
            );
            """;

    @TempDir
    Path dir;

    @Test
    void postgres() throws Exception {
        String db = "atlas4j_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "PostgreSQL")) {
            exec(admin, "CREATE DATABASE " + db);
            try {
                roundTrip("postgres://postgres@127.0.0.1:5432/" + db);
            } finally {
                exec(admin, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    @Test
    void mariadb() throws Exception {
        String db = "atlas4j_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin("jdbc:mariadb://127.0.0.1:3306/?user=root", "MariaDB")) {
            exec(admin, "CREATE DATABASE " + db);
            try {
                roundTrip("mysql://root@127.0.0.1:3306/" + db);
            } finally {
                exec(admin, "DROP DATABASE IF EXISTS " + db);
            }
        }
    }

    /** Drivers log refused logins themselves; the packaged CLI must still print exactly one line. */
    @Test
    void refusedLoginIsOneLineFromTheJar() throws Exception {
        admin("jdbc:mariadb://127.0.0.1:3306/?user=root", "MariaDB").close();
        {
            Path jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
            assertThat(jar).as("the runnable jar").isRegularFile();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    jar.toString(), "schema", "inspect", "--url", "mysql://nosuchuser:s3cretpw@127.0.0.1:3306/mysql")
                    .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
            assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
            String err = java.nio.file.Files.readString(dir.resolve("err.txt"));
            assertThat(err.lines()).singleElement().asString().startsWith("Error: cannot connect").doesNotContain("s3cretpw");
        }
    }

    @SuppressWarnings("unchecked")
    private void roundTrip(String url) {
        Path schema = Db.write(dir.resolve("schema.sql"), SCHEMA);
        Cli.Result applied = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(schema), "--auto-approve");
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(applied.out()).startsWith("-- Planned Changes:").contains("users", "posts", "-- Applied ");

        Cli.Result diff = Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(schema));
        assertThat(diff.out()).as(diff.err()).isEqualTo(DiffCommand.SYNCED + "\n");

        Cli.Result json = Cli.run("schema", "inspect", "--url", url, "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        Map<String, Object> model = (Map<String, Object>) JsonReader.parse(json.out().strip());
        // A URL naming a whole database (PostgreSQL without search_path) lists its schemas; one naming a schema, its tables.
        if (model.containsKey("schemas")) {
            List<Map<String, Object>> schemas = (List<Map<String, Object>>) model.get("schemas");
            assertThat(schemas).extracting(m -> m.get("schema")).containsExactly("public");
            model = schemas.get(0);
        }
        assertThat((List<Map<String, Object>>) model.get("tables")).extracting(t -> t.get("name"))
                .containsExactlyInAnyOrder("users", "posts");

        Path usersOnly = Db.write(dir.resolve("users.sql"), SCHEMA.substring(0, SCHEMA.indexOf("CREATE TABLE posts")));
        Cli.Result refused = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(usersOnly), "--auto-approve");
        assertThat(refused.exit()).isEqualTo(6);
        assertThat(refused.errLines()).singleElement().asString().contains("posts").contains("--allow-destructive");
        assertThat(Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(schema)).out())
                .as("nothing was dropped").isEqualTo(DiffCommand.SYNCED + "\n");

        Cli.Result dropped = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(usersOnly), "--auto-approve",
                "--allow-destructive");
        assertThat(dropped.exit()).as(dropped.err()).isZero();
        assertThat(Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(usersOnly)).out()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    private static Connection admin(String jdbcUrl, String server) {
        try {
            return DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            String why = server + " is not reachable at " + jdbcUrl + ": " + e.getMessage();
            throw Prerequisite.missing(why, e);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
