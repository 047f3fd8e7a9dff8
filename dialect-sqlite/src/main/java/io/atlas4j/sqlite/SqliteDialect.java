package io.atlas4j.sqlite;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.plan.Planner;
import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.ScriptSplitter;
import io.atlas4j.spi.TypeCodec;
import io.atlas4j.sqlite.internal.SqliteApplyHooks;
import io.atlas4j.sqlite.internal.SqliteDiffHooks;
import io.atlas4j.sqlite.internal.SqliteInspector;
import io.atlas4j.sqlite.internal.SqlitePlanner;
import io.atlas4j.sqlite.internal.SqliteTypes;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The SQLite dialect. URLs are {@code sqlite://path/to/file.db} (or {@code sqlite://:memory:});
 * desired SQL is loaded into an in-memory SQLite database, so no dev URL is ever needed. Plans run
 * in one transaction with foreign keys off and a foreign-key check before commit.
 */
public final class SqliteDialect implements Dialect {
    private static final SqliteDialect INSTANCE = new SqliteDialect();

    /** Public for {@link java.util.ServiceLoader}; prefer {@link #create()}. */
    public SqliteDialect() {
    }

    public static SqliteDialect create() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(DatabaseMetaData metaData) throws SQLException {
        return "SQLite".equalsIgnoreCase(metaData.getDatabaseProductName());
    }

    @Override
    public Inspector inspector() {
        return SqliteInspector.INSTANCE;
    }

    @Override
    public DiffHooks diffHooks() {
        return SqliteDiffHooks.INSTANCE;
    }

    @Override
    public Planner planner() {
        return SqlitePlanner.INSTANCE;
    }

    @Override
    public TypeCodec types() {
        return SqliteTypes.INSTANCE;
    }

    /** Statements end at {@code ;}, except inside a CREATE TRIGGER's BEGIN ... END body. */
    @Override
    public ScriptSplitter splitter() {
        return ScriptSplitter.standard().withBlocks();
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlite");
    }

    @Override
    public Optional<JdbcTarget> jdbcTarget(DatabaseUrl url) {
        return Optional.of(new JdbcTarget("jdbc:sqlite:" + url.path(), new Properties()));
    }

    @Override
    public ApplyHooks applyHooks() {
        return new SqliteApplyHooks();
    }

    @Override
    public Optional<DevDatabase> openDevDatabase(Optional<Connection> target) {
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

    @Override
    public Optional<io.atlas4j.spi.SchemaLock> schemaLock() {
        return Optional.of(io.atlas4j.sqlite.internal.SqliteSchemaLock.INSTANCE);
    }

    @Override
    public String toString() {
        return "SqliteDialect";
    }
}
