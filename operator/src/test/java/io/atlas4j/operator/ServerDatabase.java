package io.atlas4j.operator;

import io.atlas4j.testkit.LocalServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A uniquely named database on the local PostgreSQL or MariaDB server, dropped on close. A server
 * that is down skips the test locally and fails it under CI=true (testkit's LocalServers).
 */
record ServerDatabase(String kind, String name) implements AutoCloseable {
    static ServerDatabase create(String kind) {
        String name = "atlas4j_operator_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin(kind); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new ServerDatabase(kind, name);
    }

    private static Connection admin(String kind) {
        return kind.equals("postgres") ? LocalServers.postgres("postgres") : LocalServers.mariadb();
    }

    /** {@return the URL the operator is given, in Atlas's form} */
    String url() {
        return kind.equals("postgres")
                ? "postgres://" + LocalServers.PG_USER + "@" + LocalServers.PG_HOST + ":" + LocalServers.PG_PORT + "/" + name + "?sslmode=disable&search_path=public"
                : LocalServers.MARIADB_URL.replace("jdbc:mariadb://", "mariadb://" + LocalServers.MARIADB_USER + "@") + name;
    }

    List<String> columns(String table) {
        String schema = kind.equals("postgres") ? "public" : name;
        return rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema + "' AND table_name = '" + table
                + "' ORDER BY ordinal_position");
    }

    List<String> tables() {
        String schema = kind.equals("postgres") ? "public" : name;
        return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY table_name");
    }

    List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = kind.equals("postgres") ? LocalServers.postgres(name) : LocalServers.mariadb(); Statement s = c.createStatement()) {
            if (!kind.equals("postgres")) s.execute("USE " + name);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    void exec(String sql) {
        try (Connection c = kind.equals("postgres") ? LocalServers.postgres(name) : LocalServers.mariadb(); Statement s = c.createStatement()) {
            if (!kind.equals("postgres")) s.execute("USE " + name);
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = admin(kind); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (kind.equals("postgres") ? " WITH (FORCE)" : ""));
        }
    }

    @Override
    public String toString() {
        return kind;
    }
}
