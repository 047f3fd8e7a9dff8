package io.atlas4j.cli;

import io.atlas4j.testkit.Prerequisite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The PostgreSQL and MariaDB servers the CLI's integration tests use, and scratch databases on them. */
final class Servers {
    static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private Servers() {
    }

    /** A uniquely named database, dropped on close. */
    record TestDb(String name, boolean postgres) implements AutoCloseable {
        String url() {
            return postgres ? "postgres://postgres@127.0.0.1:5432/" + name : "mysql://root@127.0.0.1:3306/" + name;
        }

        String jdbc() {
            return postgres ? "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres" : "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root";
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbc());
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = admin(postgres)) {
                exec(admin, "DROP DATABASE IF EXISTS " + name + (postgres ? " WITH (FORCE)" : ""));
            }
        }
    }

    static TestDb postgres() throws SQLException {
        return create(true);
    }

    static TestDb mariadb() throws SQLException {
        return create(false);
    }

    private static TestDb create(boolean postgres) throws SQLException {
        String name = "atlas4j_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(postgres)) {
            exec(admin, "CREATE DATABASE " + name);
        }
        return new TestDb(name, postgres);
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

    static List<String> strings(Connection c, String sql) throws SQLException {
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
