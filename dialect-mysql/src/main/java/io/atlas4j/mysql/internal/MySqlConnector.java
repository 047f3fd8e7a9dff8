package io.atlas4j.mysql.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * MySQL and MariaDB URLs: {@code mysql://user:pass@host:3306/db} (also {@code mariadb://}). Both
 * servers are reached through the MariaDB driver, which speaks to MySQL as well.
 */
public final class MySqlConnector implements Connector {
    public static final MySqlConnector INSTANCE = new MySqlConnector();

    private MySqlConnector() {
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        String p = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return p.contains("mysql") || p.contains("mariadb");
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url, Access access) {
        if (!urlSchemes().contains(url.scheme())) return Optional.empty();
        StringBuilder jdbc = new StringBuilder("jdbc:mariadb://").append(url.host().orElse("127.0.0.1"));
        jdbc.append(':').append(url.port().orElse(3306)).append('/').append(url.path());
        Properties p = new Properties();
        url.user().ifPresent(u -> p.setProperty("user", u));
        url.password().ifPresent(pw -> p.setProperty("password", pw));
        url.params().forEach(p::setProperty);
        return Optional.of(new JdbcTarget(jdbc.toString(), p));
    }

    /** One database at a time: a URL without one names the whole server, which atlas4j does not manage. */
    @Override
    public Scope scope(DatabaseUrl url) {
        if (url.path().isEmpty()) {
            throw new InvalidInputException("\"" + url + "\" names no database, and atlas4j manages one MySQL/MariaDB database"
                    + " (schema) at a time: add it to the URL, e.g. " + url.scheme() + "://" + url.user().map(u -> u + "@").orElse("")
                    + url.host().orElse("localhost") + url.port().map(p -> ":" + p).orElse("") + "/app");
        }
        return Scope.SCHEMA;
    }
}
