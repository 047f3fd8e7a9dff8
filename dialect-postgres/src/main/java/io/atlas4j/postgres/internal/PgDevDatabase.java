package io.atlas4j.postgres.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.DevDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A scratch database on the target's server: created on open, dropped (with its connections) on close. */
public final class PgDevDatabase implements DevDatabase {
    private final Connection admin;
    private final String name;
    private final Connection connection;

    private PgDevDatabase(Connection admin, String name, Connection connection) {
        this.admin = admin;
        this.name = name;
        this.connection = connection;
    }

    public static PgDevDatabase create(Connection target) {
        String name = "atlas4j_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String url;
        try {
            url = target.getMetaData().getURL();
            String user = target.getMetaData().getUserName();
            runOutsideTransaction(target, "CREATE DATABASE " + name);
            String devUrl = replaceDatabase(url, name);
            try {
                Connection c = DriverManager.getConnection(devUrl, user, null);
                return new PgDevDatabase(target, name, c);
            } catch (SQLException e) {
                runOutsideTransaction(target, "DROP DATABASE IF EXISTS " + name);
                throw new ConnectionException("cannot connect to the scratch dev database at \"" + DatabaseUrl.mask(devUrl)
                        + "\": " + e.getMessage() + ": pass an explicit dev database URL (--dev-url)", e);
            }
        } catch (SQLException e) {
            throw new ConnectionException("cannot create a scratch dev database on the target server: " + e.getMessage()
                    + ": grant CREATEDB to the user or pass an explicit dev database URL (--dev-url)", e);
        }
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        // search_path/currentSchema of the target does not carry over: the scratch database has only public
        query = query.replaceAll("(?i)([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return hostPart + "/" + database + query;
    }

    private static void runOutsideTransaction(Connection c, String sql) throws SQLException {
        boolean auto = c.getAutoCommit();
        try {
            if (!auto) c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        } finally {
            if (!auto) c.setAutoCommit(false);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    public String databaseName() {
        return name;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // dropping the database below is what matters
        }
        try {
            runOutsideTransaction(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new ConnectionException("cannot drop scratch dev database " + name + ": " + e.getMessage(), e);
        }
    }
}
