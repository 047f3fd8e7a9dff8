package io.atlas4j.jpa;

import io.atlas4j.testkit.Prerequisite;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The local servers of the ITs, found as the dialect suites find them ({@code ATLAS4J_PG_HOST/PORT/USER},
 * {@code ATLAS4J_MARIADB_HOST/PORT/USER}, else 127.0.0.1), and a database of its own per test, dropped
 * afterwards. Unreachable: skipped locally, a failure when {@code CI=true}.
 */
final class Servers {
    static final String PG_HOST = env("ATLAS4J_PG_HOST", "127.0.0.1");
    static final String PG_PORT = env("ATLAS4J_PG_PORT", "5432");
    static final String PG_USER = env("ATLAS4J_PG_USER", "postgres");
    static final String MARIADB_HOST = env("ATLAS4J_MARIADB_HOST", "127.0.0.1");
    static final String MARIADB_PORT = env("ATLAS4J_MARIADB_PORT", "3306");
    static final String MARIADB_USER = env("ATLAS4J_MARIADB_USER", "root");

    private Servers() {
    }

    /** A fresh database on a server: its JDBC URL and credentials; {@link #close()} drops it. */
    record Database(String url, String user, String password, Runnable drop) implements AutoCloseable {
        Connection connect() throws Exception {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    static Database postgres() {
        String name = unique();
        String admin = "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
        execute(admin, PG_USER, "CREATE DATABASE " + name, "PostgreSQL is not reachable at " + PG_HOST + ":" + PG_PORT);
        return new Database("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name, PG_USER, "",
                () -> execute(admin, PG_USER, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "PostgreSQL"));
    }

    static Database mariadb() {
        String name = unique();
        String admin = "jdbc:mariadb://" + MARIADB_HOST + ":" + MARIADB_PORT + "/";
        execute(admin, MARIADB_USER, "CREATE DATABASE " + name, "MariaDB is not reachable at " + MARIADB_HOST + ":" + MARIADB_PORT);
        return new Database(admin + name, MARIADB_USER, "", () -> execute(admin, MARIADB_USER, "DROP DATABASE IF EXISTS " + name, "MariaDB"));
    }

    private static String unique() {
        return "jpa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void execute(String url, String user, String sql, String unreachable) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", "");
        Connection c;
        try {
            c = DriverManager.getConnection(url, p);
        } catch (Exception e) {
            throw Prerequisite.missing(unreachable, e);
        }
        try (c; Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isBlank() ? d : v;
    }
}
