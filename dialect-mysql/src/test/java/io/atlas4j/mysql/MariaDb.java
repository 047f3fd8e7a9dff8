package io.atlas4j.mysql;

import io.atlas4j.testkit.Prerequisite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The MariaDB server the integration tests run against ({@code ATLAS4J_MARIADB_URL}, default
 * 127.0.0.1:3306 as root without password). When it cannot be reached the tests are skipped with
 * a message locally and fail when {@code CI=true}. MySQL 8 runs only in {@link MySql8IT}, which
 * starts it through Testcontainers where a Docker engine exists and hands its server to the same
 * helpers through {@link Db#Db(String, Supplier)}.
 */
final class MariaDb {
    static final String URL = System.getenv().getOrDefault("ATLAS4J_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    static final String MYSQL8_NOTE = "the conformance cases run against MariaDB only "
            + "(MySql8IT runs convergence, corpora and statement counts on MySQL 8 where a Docker engine exists)";

    private MariaDb() {
    }

    /** {@return a connection to the server without a current database; skips or fails when unreachable} */
    static Connection server() {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("ATLAS4J_MARIADB_USER", "root"));
        p.setProperty("password", System.getenv().getOrDefault("ATLAS4J_MARIADB_PASSWORD", ""));
        try {
            return DriverManager.getConnection(URL, p);
        } catch (SQLException e) {
            String msg = "MariaDB is not reachable at " + URL + " (" + e.getMessage() + ")";
            throw Prerequisite.missing(msg, e);
        }
    }

    /** A uniquely named database, current on its own connection, dropped on close. */
    static final class Db implements AutoCloseable {
        final Connection connection;
        final String name;

        Db(String prefix) throws SQLException {
            this(prefix, MariaDb::server);
        }

        /** A database on the server that {@code server} connects to (a fresh connection without a current database). */
        Db(String prefix, Supplier<Connection> server) throws SQLException {
            this.connection = server.get();
            this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (var st = connection.createStatement()) {
                st.execute("CREATE DATABASE `" + name + "`");
            }
            connection.setCatalog(name);
        }

        void exec(String sql) throws SQLException {
            try (var st = connection.createStatement()) {
                st.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            try (var st = connection.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } finally {
                connection.close();
            }
        }
    }
}
