package io.atlas4j.postgres.internal;

import io.atlas4j.spi.Connector;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * PostgreSQL URLs: {@code postgres://user:pass@host:5432/db?search_path=app} (also
 * {@code postgresql://}). With {@code search_path} the URL names one schema; without it, the whole
 * database, as in Atlas.
 */
public final class PgConnector implements Connector {
    public static final PgConnector INSTANCE = new PgConnector();

    private PgConnector() {
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("postgres", "postgresql");
    }

    @Override
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url, Access access) {
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(url.host().orElse("localhost"));
        url.port().ifPresent(p -> jdbc.append(':').append(p));
        jdbc.append('/').append(url.path());
        Properties props = new Properties();
        url.user().ifPresent(u -> props.setProperty("user", u));
        url.password().ifPresent(p -> props.setProperty("password", p));
        for (Map.Entry<String, String> e : url.params().entrySet()) {
            String key = e.getKey().equals("search_path") ? "currentSchema" : e.getKey();
            props.setProperty(key, e.getValue());
        }
        return Optional.of(new JdbcTarget(jdbc.toString(), props));
    }

    @Override
    public Scope scope(DatabaseUrl url) {
        return url.params().containsKey("search_path") ? Scope.SCHEMA : Scope.DATABASE;
    }
}
