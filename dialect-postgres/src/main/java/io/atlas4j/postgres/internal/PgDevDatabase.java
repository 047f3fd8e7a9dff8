package io.atlas4j.postgres.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.JdbcTarget;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
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

    /**
     * Creates a scratch database on the target's server and connects to it.
     *
     * @param access the target's JDBC URL and properties (user, password), when known: the scratch
     *               database is opened with them; else with the target's URL and user name alone
     */
    public static PgDevDatabase create(Connection target, Optional<JdbcTarget> access) {
        String name = "atlas4j_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String url;
        Properties props = new Properties();
        String user;
        try {
            url = access.map(JdbcTarget::jdbcUrl).orElse(target.getMetaData().getURL());
            user = target.getMetaData().getUserName();
            access.ifPresent(a -> props.putAll(a.properties()));
            props.remove("currentSchema");
            if (!props.containsKey("user") && user != null) props.setProperty("user", user);
        } catch (SQLException e) {
            throw new ConnectionException("cannot read the target's connection details: " + e.getMessage(), e);
        }
        try {
            runOutsideTransaction(target, "CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new ConnectionException("user \"" + user + "\" may not create databases, so no scratch dev database can be made"
                        + " on the target's server: pass an empty dev database with --dev-url (devDatabase(...) in Java), or grant"
                        + " the user CREATEDB", e);
            }
            throw new ConnectionException("cannot create a scratch dev database on the target server: " + e.getMessage()
                    + ": pass an empty dev database with --dev-url, or grant the user CREATEDB", e);
        }
        String devUrl = replaceDatabase(url, name);
        try {
            return new PgDevDatabase(target, name, DriverManager.getConnection(devUrl, props));
        } catch (SQLException e) {
            dropQuietly(target, name);
            boolean auth = e.getSQLState() != null && e.getSQLState().startsWith("28");
            throw new ConnectionException("cannot connect to the scratch dev database at \"" + DatabaseUrl.mask(devUrl) + "\": "
                    + e.getMessage() + (auth && access.isEmpty()
                            ? ": it is opened with the target's user name but no password, since a DataSource does not reveal it;"
                            + " pass an empty dev database with --dev-url (devDatabase(...) in Java), or connect by URL"
                            : ": pass an empty dev database with --dev-url"), e);
        }
    }

    private static void dropQuietly(Connection target, String name) {
        try {
            runOutsideTransaction(target, "DROP DATABASE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // the creation error is what the user needs to see
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
