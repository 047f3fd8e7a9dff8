package io.atlas4j.mssql.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.JdbcTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The dev database on SQL Server: a scratch database created on the target's server, reached by a
 * new connection with the target's credentials, and dropped on close (connections to it are
 * closed first, with {@code SINGLE_USER WITH ROLLBACK IMMEDIATE}).
 */
public final class MssqlDevDatabases implements DevDatabases {
    public static final MssqlDevDatabases INSTANCE = new MssqlDevDatabases();

    private MssqlDevDatabases() {
    }

    /** {@return a fresh scratch database name} */
    static String scratchName() {
        return "atlas4j_dev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** {@return the JDBC URL with its database replaced by {@code db}} */
    static String withDatabase(String jdbcUrl, String db) {
        String base = jdbcUrl.replaceAll("(?i);\\s*(databaseName|database)=[^;]*", "");
        return base + ";databaseName=" + db;
    }

    @Override
    public Optional<DevDatabase> scratch(Connection target, Optional<JdbcTarget> access) {
        if (access.isEmpty()) return Optional.empty();
        String db = scratchName();
        try (Statement s = target.createStatement()) {
            s.execute("CREATE DATABASE " + Tsql.id(db));
        } catch (SQLException e) {
            throw new ConnectionException("cannot create the scratch dev database " + db + " on the target's server: " + e.getMessage()
                    + " (give a dev database with --dev-url, or grant CREATE DATABASE)", e);
        }
        Properties props = access.get().properties();
        Connection c;
        try {
            c = DriverManager.getConnection(withDatabase(access.get().jdbcUrl(), db), props);
        } catch (SQLException e) {
            drop(target, db);
            throw new ConnectionException("cannot connect to the scratch dev database " + db + ": " + e.getMessage(), e);
        }
        return Optional.of(new DevDatabase() {
            @Override
            public Connection connection() {
                return c;
            }

            @Override
            public void close() {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the database is dropped next, which ends any session left
                }
                drop(target, db);
            }
        });
    }

    private static void drop(Connection target, String db) {
        try (Statement s = target.createStatement()) {
            s.execute("ALTER DATABASE " + Tsql.id(db) + " SET SINGLE_USER WITH ROLLBACK IMMEDIATE");
            s.execute("DROP DATABASE " + Tsql.id(db));
        } catch (SQLException e) {
            throw new ConnectionException("cannot drop the scratch dev database " + db + ": " + e.getMessage(), e);
        }
    }
}
