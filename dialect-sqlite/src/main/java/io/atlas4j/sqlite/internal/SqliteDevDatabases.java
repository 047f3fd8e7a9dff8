package io.atlas4j.sqlite.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.DevDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** SQLite's dev database is an in-memory one: always there, gone when closed. */
public final class SqliteDevDatabases implements DevDatabases {
    public static final SqliteDevDatabases INSTANCE = new SqliteDevDatabases();

    private SqliteDevDatabases() {
    }

    @Override
    public Optional<DevDatabase> embedded() {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            return Optional.of(new DevDatabase() {
                @Override
                public Connection connection() {
                    return c;
                }

                @Override
                public void close() {
                    try {
                        c.close();
                    } catch (SQLException e) {
                        // an in-memory database vanishes with its connection either way
                    }
                }
            });
        } catch (SQLException e) {
            throw new ConnectionException("cannot open an in-memory SQLite dev database: " + e.getMessage()
                    + ": put org.xerial:sqlite-jdbc on the class path", e);
        }
    }
}
