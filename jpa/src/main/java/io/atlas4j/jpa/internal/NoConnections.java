package io.atlas4j.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connection provider of a schema export: it has none to give. Without it Hibernate would open
 * the persistence unit's own JDBC URL (or data source) while writing a script that needs no database.
 */
final class NoConnections implements ConnectionProvider {
    private static final long serialVersionUID = 1L;

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("atlas4j generates the JPA schema without a database connection");
    }

    @Override
    public void closeConnection(Connection connection) {
        // Never handed one out.
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException("NoConnections wraps nothing");
    }
}
