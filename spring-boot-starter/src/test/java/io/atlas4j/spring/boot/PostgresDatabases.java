package io.atlas4j.spring.boot;

import io.atlas4j.testkit.Prerequisite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A uniquely named database on the local PostgreSQL server per test, dropped on close. */
final class PostgresDatabases {
    static final String ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private PostgresDatabases() {
    }

    record Db(String name) implements AutoCloseable {
        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:5432/" + name;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl() + "?user=postgres");
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(ADMIN); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Creates an empty database; skips the test when PostgreSQL is down (fails under CI=true). */
    static Db create() {
        Connection admin;
        try {
            admin = DriverManager.getConnection(ADMIN);
        } catch (SQLException e) {
            throw Prerequisite.missing("PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres): " + e.getMessage(), e);
        }
        String name = "atlas4j_spring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (admin; Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new Db(name);
    }
}
