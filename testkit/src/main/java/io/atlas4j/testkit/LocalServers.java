package io.atlas4j.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * The local PostgreSQL and MariaDB servers the ITs use, found as the dialect suites find them: {@code ATLAS4J_PG_HOST/PORT/USER} and
 * {@code ATLAS4J_MARIADB_URL/USER}, else 127.0.0.1. Unreachable: skipped locally, a failure when {@code CI=true}.
 */
public final class LocalServers {
    public static final String PG_HOST = env("ATLAS4J_PG_HOST", "127.0.0.1");
    public static final String PG_PORT = env("ATLAS4J_PG_PORT", "5432");
    public static final String PG_USER = env("ATLAS4J_PG_USER", "postgres");
    public static final String MARIADB_URL = env("ATLAS4J_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String MARIADB_USER = env("ATLAS4J_MARIADB_USER", "root");

    private LocalServers() {
    }

    private static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isBlank() ? d : v;
    }

    public static Connection postgres(String database) {
        Properties p = new Properties();
        p.setProperty("user", PG_USER);
        p.setProperty("connectTimeout", "5");
        return connect("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database, p,
                "PostgreSQL is not reachable at " + PG_HOST + ":" + PG_PORT);
    }

    public static Connection mariadb() {
        Properties p = new Properties();
        p.setProperty("user", MARIADB_USER);
        return connect(MARIADB_URL, p, "MariaDB is not reachable at " + MARIADB_URL);
    }

    private static Connection connect(String url, Properties p, String what) {
        try {
            return DriverManager.getConnection(url, p);
        } catch (Exception e) {
            throw Prerequisite.missing(what, e);
        }
    }
}
