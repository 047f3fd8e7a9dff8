package io.atlas4j.postgres;

import io.atlas4j.testkit.Prerequisite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the integration tests use (127.0.0.1:5432, user postgres, or
 * {@code ATLAS4J_PG_HOST}/{@code ATLAS4J_PG_PORT}/{@code ATLAS4J_PG_USER}). Each test gets its own
 * database. Unreachable server: skipped locally, a failure when {@code CI=true}.
 */
final class PgServer {
    static final String HOST = env("ATLAS4J_PG_HOST", "127.0.0.1");
    static final String PORT = env("ATLAS4J_PG_PORT", "5432");
    static final String USER = env("ATLAS4J_PG_USER", "postgres");

    private PgServer() {
    }

    private static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isBlank() ? d : v;
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    static Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(database), p);
    }

    /** {@return a connection to the maintenance database, or skips (fails under CI=true) when the server is down} */
    static Connection admin() {
        try {
            return connect("postgres");
        } catch (SQLException e) {
            String msg = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + USER + ": " + e.getMessage();
            throw Prerequisite.missing(msg, e);
        }
    }

    /** A uniquely named database, dropped on close. */
    static final class TestDb implements AutoCloseable {
        final String name;
        final Connection connection;
        private final Connection admin;

        TestDb(Connection admin, String prefix) throws SQLException {
            this.admin = admin;
            this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            this.connection = connect(name);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
            try (Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
