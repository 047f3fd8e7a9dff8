package io.atlas4j.migrate;

import io.atlas4j.testkit.Prerequisite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Uniquely named databases for the migrate suites: an SQLite file, or a database on the PostgreSQL or MariaDB server. */
final class TestDatabases {
    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private TestDatabases() {
    }

    /** A database, dropped on close. */
    record TestDb(String kind, String name, String jdbc) implements AutoCloseable {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbc);
        }

        @Override
        public void close() throws Exception {
            switch (kind) {
                case "sqlite" -> Files.deleteIfExists(Path.of(name));
                case "postgres" -> {
                    try (Connection admin = admin(true)) {
                        exec(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    }
                }
                default -> {
                    try (Connection admin = admin(false)) {
                        exec(admin, "DROP DATABASE IF EXISTS " + name);
                    }
                }
            }
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    static TestDb create(String kind, Path tmp) throws SQLException {
        String name = "atlas4j_migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (kind) {
            case "sqlite" -> {
                Path file = tmp.resolve(name + ".db");
                yield new TestDb(kind, file.toString(), "jdbc:sqlite:" + file);
            }
            case "postgres" -> {
                try (Connection admin = admin(true)) {
                    exec(admin, "CREATE DATABASE " + name);
                }
                yield new TestDb(kind, name, "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres");
            }
            case "mariadb" -> {
                try (Connection admin = admin(false)) {
                    exec(admin, "CREATE DATABASE " + name);
                }
                yield new TestDb(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root");
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Connection admin(boolean postgres) {
        String url = postgres ? PG_ADMIN : MARIADB_ADMIN;
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw Prerequisite.missing((postgres ? "PostgreSQL" : "MariaDB") + " is not reachable at " + url + ": " + e.getMessage(), e);
        }
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q);
        }
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(i > 1 ? "|" : "").append(rs.getString(i));
                out.add(row.toString());
            }
        }
        return out;
    }
}
