package io.atlas4j.mysql.internal;

import io.atlas4j.spi.DevDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scratch database on the target's server. It reuses the target connection (no credentials are
 * needed twice), switches its current database while open and restores it on close.
 */
public final class MySqlDevDatabase implements DevDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(MySqlDevDatabase.class);

    private final Connection connection;
    private final String name;
    private final String previous;

    private MySqlDevDatabase(Connection connection, String name, String previous) {
        this.connection = connection;
        this.name = name;
        this.previous = previous;
    }

    public static MySqlDevDatabase open(Connection target) throws SQLException {
        String previous = target.getCatalog();
        String charset = null;
        String collation = null;
        try (var st = target.createStatement();
             ResultSet rs = st.executeQuery("SELECT @@character_set_database, @@collation_database")) {
            if (rs.next()) {
                charset = rs.getString(1);
                collation = rs.getString(2);
            }
        }
        String name = "atlas4j_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var st = target.createStatement()) {
            st.execute("CREATE DATABASE " + Sql.id(name)
                    + (charset != null ? " CHARACTER SET " + charset + " COLLATE " + collation : ""));
        }
        target.setCatalog(name);
        return new MySqlDevDatabase(target, name, previous);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Optional<String> schema() {
        return Optional.of(name);
    }

    @Override
    public void close() {
        try (var st = connection.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + Sql.id(name));
            if (previous != null) connection.setCatalog(previous);
        } catch (SQLException e) {
            LOG.warn("could not drop dev database {}: {}", name, e.getMessage());
        }
    }
}
