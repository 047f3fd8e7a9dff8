package io.atlas4j.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Where test databases come from: an SQLite file in a temporary directory, or a uniquely named
 * database on a PostgreSQL or MariaDB/MySQL server, created through an administrative URL (a
 * local server's, or a Testcontainers container's).
 */
public sealed interface DatabaseServer permits DatabaseServer.Sqlite, DatabaseServer.Server, ContainerServer {
    /** Creates a fresh database. */
    TestDatabase create() throws SQLException;

    /** {@return a short description for skip and failure messages} */
    String describe();

    static DatabaseServer sqlite() {
        return new Sqlite();
    }

    /** PostgreSQL; {@code adminUrl} points at an existing database such as {@code postgres}. */
    static DatabaseServer postgres(String adminUrl) {
        return new Server("postgres", adminUrl);
    }

    /** MariaDB or MySQL; {@code adminUrl} has no database, such as {@code jdbc:mariadb://127.0.0.1:3306/?user=root}. */
    static DatabaseServer mariadb(String adminUrl) {
        return new Server("mariadb", adminUrl);
    }

    /** A temporary SQLite file per test. */
    record Sqlite() implements DatabaseServer {
        @Override
        public TestDatabase create() {
            try {
                Path dir = Files.createTempDirectory("atlas4j-test-");
                Path file = dir.resolve("test.db");
                return new TestDatabase("sqlite", "jdbc:sqlite:" + file, () -> delete(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String describe() {
            return "SQLite";
        }

        private static void delete(Path dir) {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }

    /** A server database per test, named {@code atlas4j_test_<random>} and dropped afterwards. */
    record Server(String kind, String adminUrl) implements DatabaseServer {
        @Override
        public TestDatabase create() throws SQLException {
            String name = "atlas4j_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return new TestDatabase(kind, databaseUrl(name), () -> drop(name));
        }

        String databaseUrl(String database) {
            int q = adminUrl.indexOf('?');
            String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
            String params = q < 0 ? "" : adminUrl.substring(q);
            int slash = base.indexOf('/', base.indexOf("//") + 2);
            String hostPart = slash < 0 ? base : base.substring(0, slash);
            return hostPart + "/" + database + params;
        }

        private void drop(String name) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                st.execute(kind.equals("postgres") ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                System.err.println("atlas4j: could not drop test database " + name + ": " + e.getMessage());
            }
        }

        @Override
        public String describe() {
            return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1) + " at " + adminUrl.replaceAll("password=[^&]*", "password=***");
        }
    }
}
