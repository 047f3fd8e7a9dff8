package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.Prerequisite;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scratch dev database on a server that asks for passwords (scram-sha-256). The machine's own
 * server trusts local connections, so this test starts a private PostgreSQL cluster of its own
 * (initdb as the postgres user, a free port, scram for every connection) and removes it afterwards.
 */
class PostgresPasswordIT {
    private static final String PASSWORD = "s3cret-Pw";
    private static Path cluster;
    private static Path pgCtl;
    private static int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        Path bin = binaries();
        pgCtl = bin.resolve("pg_ctl");
        cluster = Files.createTempDirectory("atlas4j-pg-");
        Path data = cluster.resolve("data");
        Path pw = Files.writeString(cluster.resolve("pw"), PASSWORD);
        run("chown", "-R", "postgres:postgres", cluster.toString());
        run("chmod", "700", cluster.toString());
        asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "scram-sha-256",
                "--pwfile=" + pw, "--no-sync", "-E", "UTF8", "--locale=C");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        asPostgres(pgCtl.toString(), "-D", data.toString(), "-w", "-t", "60", "-l", cluster.resolve("log").toString(), "-o",
                "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster == null) return;
        try {
            if (Files.exists(cluster.resolve("data/postmaster.pid"))) {
                asPostgres(pgCtl.toString(), "-D", cluster.resolve("data").toString(), "-m", "immediate", "stop");
            }
        } finally {
            try (Stream<Path> s = Files.walk(cluster)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&password=" + PASSWORD);
    }

    @Test
    void scratchDevDatabaseOpensWithTheTargetsPassword() throws Exception {
        try (Connection c = superuser()) {
            Servers.exec(c, "CREATE DATABASE shop");
        }
        Path desired = Db.write(dir.resolve("s.sql"), """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
                """);
        String url = "postgres://postgres:" + PASSWORD + "@127.0.0.1:" + port + "/shop";
        Cli.Result applied = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(desired), "--auto-approve");
        assertThat(applied.exit()).as(applied.err()).isZero();
        assertThat(Cli.run("schema", "diff", "--from", url, "--to", Db.fileUrl(desired)).out()).isEqualTo(DiffCommand.SYNCED + "\n");
        try (Connection c = superuser()) {
            assertThat(Servers.strings(c, "SELECT datname FROM pg_database WHERE datname LIKE 'atlas4j_dev_%'"))
                    .as("every scratch database is dropped").isEmpty();
        }
    }

    @Test
    void aUserWhoMayNotCreateDatabasesIsToldToPassADevUrl() throws Exception {
        try (Connection c = superuser()) {
            Servers.exec(c, "CREATE ROLE app LOGIN NOCREATEDB PASSWORD 'app-pw'", "CREATE DATABASE appdb OWNER app");
        }
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE notes (id int PRIMARY KEY);");
        String url = "postgres://app:app-pw@127.0.0.1:" + port + "/appdb";
        Cli.Result r = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(desired), "--auto-approve");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.errLines()).singleElement().asString().contains("\"app\" may not create databases").contains("--dev-url")
                .doesNotContain("app-pw");
        // With a dev database it may use, the same apply works.
        try (Connection c = superuser()) {
            Servers.exec(c, "CREATE DATABASE appdev OWNER app");
        }
        Cli.Result ok = Cli.run("schema", "apply", "--url", url, "--to", Db.fileUrl(desired), "--auto-approve",
                "--dev-url", "postgres://app:app-pw@127.0.0.1:" + port + "/appdev");
        assertThat(ok.exit()).as(ok.err()).isZero();
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root) || !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            throw Prerequisite.missing("no PostgreSQL binaries under " + root + " (or no runuser) to start a private cluster", null);
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb"))).max(Comparator.naturalOrder())
                    .orElseThrow(() -> Prerequisite.missing("no initdb under " + root, null));
        }
    }

    private static void asPostgres(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/sbin/runuser", "-u", "postgres", "--"));
        cmd.addAll(List.of(command));
        run(cmd.toArray(new String[0]));
    }

    /** Output goes to a file, not a pipe: the server that pg_ctl starts would keep a pipe open for its whole life. */
    private static void run(String... command) throws Exception {
        Path log = Files.createTempFile("atlas4j-pg-run", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
