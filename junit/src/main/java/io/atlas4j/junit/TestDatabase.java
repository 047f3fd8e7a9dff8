package io.atlas4j.junit;

import io.atlas4j.Atlas;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * A database created for one test and dropped after it. {@link #connection()} is one shared
 * connection, closed after the test; {@link #dataSource()} opens new ones.
 */
public final class TestDatabase implements AutoCloseable {
    private final String kind;
    private final String url;
    private final Runnable drop;
    private Connection connection;

    TestDatabase(String kind, String url, Runnable drop) {
        this.kind = kind;
        this.url = url;
        this.drop = drop;
    }

    /** {@return {@code sqlite}, {@code postgres}, {@code mariadb} or {@code mysql}} */
    public String kind() {
        return kind;
    }

    /** {@return the JDBC URL, with credentials as query parameters} */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return io.atlas4j.Dialects.dataSource(url);
    }

    public synchronized Connection connection() {
        try {
            if (connection == null || connection.isClosed()) connection = dataSource().getConnection();
            return connection;
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to test database " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs SQL statements on {@link #connection()}. */
    public TestDatabase execute(String... sql) {
        try (Statement st = connection().createStatement()) {
            for (String s : sql) st.execute(s);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("test SQL failed: " + e.getMessage(), e);
        }
    }

    /** {@return the current schema, without atlas4j's history table} */
    public Schema inspect() {
        return Atlas.inspect(connection(), InspectOptions.defaults().withExcludeTables(List.of("atlas4j_schema_history")));
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            // the database is dropped next; a failed close changes nothing
        }
        drop.run();
    }

    @Override
    public String toString() {
        return kind + " test database " + url.replaceAll("password=[^&]*", "password=***");
    }
}
