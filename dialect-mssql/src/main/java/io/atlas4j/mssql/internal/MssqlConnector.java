package io.atlas4j.mssql.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * SQL Server URLs, as Atlas writes them: {@code sqlserver://user:pass@host:1433?database=db} (also
 * {@code mssql://}), plus plain {@code jdbc:sqlserver://host:1433;databaseName=db}. The database may
 * also be the URL's path ({@code sqlserver://sa@host/db}). A {@code mode=schema} parameter with a
 * {@code schema} limits the scope to one schema; by default every schema of the database is managed.
 */
public final class MssqlConnector implements Connector {
    public static final MssqlConnector INSTANCE = new MssqlConnector();

    private MssqlConnector() {
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlserver", "mssql");
    }

    @Override
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("microsoft sql server");
    }

    @Override
    public DatabaseUrl parse(String url) {
        if (url.regionMatches(true, 0, "jdbc:sqlserver:", 0, 15)) return jdbc(url);
        return DatabaseUrl.parse(url);
    }

    /** {@code jdbc:sqlserver://host[:port][;k=v]...}: properties after semicolons, the database as {@code databaseName}. */
    private static DatabaseUrl jdbc(String url) {
        String rest = url.substring("jdbc:sqlserver://".length() > url.length() ? url.length() : "jdbc:sqlserver://".length());
        String[] parts = rest.split(";");
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) params.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        String hostPort = parts[0];
        Optional<Integer> port = Optional.empty();
        int colon = hostPort.lastIndexOf(':');
        String host = hostPort;
        if (colon > 0) {
            host = hostPort.substring(0, colon);
            try {
                port = Optional.of(Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("invalid port in database URL \"" + DatabaseUrl.mask(url) + "\": use host:port with a number");
            }
        }
        Optional<String> user = Optional.ofNullable(first(params, "user", "userName"));
        Optional<String> password = Optional.ofNullable(first(params, "password"));
        String db = Optional.ofNullable(first(params, "databaseName", "database")).orElse("");
        return new DatabaseUrl("jdbc:sqlserver", user, password, host.isEmpty() ? Optional.empty() : Optional.of(host), port, db, params, url);
    }

    private static String first(Map<String, String> params, String... keys) {
        for (String k : keys) {
            for (var e : params.entrySet()) if (e.getKey().equalsIgnoreCase(k)) return e.getValue();
        }
        return null;
    }

    /** {@return the database a URL names: its {@code database} parameter, else its path} */
    public static String database(DatabaseUrl url) {
        String p = first(url.params(), "database", "databaseName");
        return p != null ? p : url.path();
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url, Access access) {
        boolean jdbc = url.scheme().equals("jdbc:sqlserver");
        if (!jdbc && !urlSchemes().contains(url.scheme())) return Optional.empty();
        Properties p = new Properties();
        url.user().ifPresent(u -> p.setProperty("user", u));
        url.password().ifPresent(pw -> p.setProperty("password", pw));
        if (jdbc) {
            // the driver reads the URL itself; user and password travel as properties so they stay out of logs
            String raw = url.raw().replaceAll("(?i);(password|user|userName)=[^;]*", "");
            return Optional.of(new JdbcTarget(raw, p));
        }
        StringBuilder b = new StringBuilder("jdbc:sqlserver://").append(url.host().orElse("localhost")).append(':').append(url.port().orElse(1433));
        String db = database(url);
        if (!db.isEmpty()) b.append(";databaseName=").append(db);
        for (var e : new java.util.TreeMap<>(url.params()).entrySet()) {
            String k = e.getKey();
            if (k.equalsIgnoreCase("database") || k.equalsIgnoreCase("mode") || k.equalsIgnoreCase("schema")) continue;
            b.append(';').append(k).append('=').append(e.getValue());
        }
        // a local server rarely has a trusted certificate: say so explicitly unless the URL decides
        if (url.params().keySet().stream().noneMatch(k -> k.equalsIgnoreCase("encrypt") || k.equalsIgnoreCase("trustServerCertificate"))) {
            b.append(";encrypt=false");
        }
        return Optional.of(new JdbcTarget(b.toString(), p));
    }

    /** Every schema of the database, as in Atlas, unless {@code mode=schema}. */
    @Override
    public Scope scope(DatabaseUrl url) {
        if (database(url).isEmpty()) {
            throw new InvalidInputException("\"" + url + "\" names no database, and atlas4j manages one SQL Server database at a time:"
                    + " add it, e.g. sqlserver://" + url.user().map(u -> u + "@").orElse("") + url.host().orElse("localhost")
                    + url.port().map(x -> ":" + x).orElse("") + "?database=app");
        }
        String mode = first(url.params(), "mode");
        return mode != null && mode.equalsIgnoreCase("schema") ? Scope.SCHEMA : Scope.DATABASE;
    }
}
