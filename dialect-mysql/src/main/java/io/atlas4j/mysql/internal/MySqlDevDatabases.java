package io.atlas4j.mysql.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.JdbcTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** A scratch database on the target's server, reached through the target's own connection (no credentials needed twice). */
public final class MySqlDevDatabases implements DevDatabases {
    public static final MySqlDevDatabases INSTANCE = new MySqlDevDatabases();

    private MySqlDevDatabases() {
    }

    @Override
    public Optional<DevDatabase> scratch(Connection target, Optional<JdbcTarget> access) {
        try {
            return Optional.of(MySqlDevDatabase.open(target));
        } catch (SQLException e) {
            throw new ConnectionException("cannot create a dev database on the target's server: " + e.getMessage()
                    + ": the user needs the CREATE and DROP privileges, or pass an empty dev database with --dev-url", e);
        }
    }
}
