package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.internal.Executor;
import io.atlas4j.internal.SqlLoader;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The atlas4j entry point: inspect what a database has, load what the user wants, diff, plan
 * and apply.
 *
 * <pre>{@code
 * Schema current = Atlas.inspect(dataSource);
 * Schema desired = Atlas.load(Path.of("schema.sql"), SqliteDialect.create());
 * Plan plan = Atlas.diff(current, desired).plan(SqliteDialect.create());
 * Atlas.apply(dataSource, plan, ApplyOptions.defaults());
 * }</pre>
 */
public final class Atlas {
    private Atlas() {
    }

    /** {@return the connection's current schema, read by the dialect that accepts the database} */
    public static Schema inspect(DataSource dataSource) {
        return inspect(dataSource, InspectOptions.defaults());
    }

    public static Schema inspect(DataSource dataSource, InspectOptions options) {
        try (Connection c = connect(dataSource)) {
            return inspect(c, options);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close connection: " + e.getMessage(), e);
        }
    }

    public static Schema inspect(Connection connection, InspectOptions options) {
        return Dialects.forConnection(connection).inspector().inspectSchema(connection, options);
    }

    public static Realm inspectRealm(Connection connection, InspectOptions options) {
        return Dialects.forConnection(connection).inspector().inspectRealm(connection, options);
    }

    /** Loads desired SQL (a file or a directory of .sql files) through a dev database and inspects it back. */
    public static Schema load(Path source, DataSource devDatabase) {
        try (Connection c = connect(devDatabase)) {
            return load(source, c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close dev connection: " + e.getMessage(), e);
        }
    }

    /** Loads desired SQL into an (empty) dev database connection and inspects it back. */
    public static Schema load(Path source, Connection devConnection) {
        Dialect d = Dialects.forConnection(devConnection);
        for (Path f : SqlLoader.files(source)) SqlLoader.run(devConnection, f, d.splitter());
        return d.inspector().inspectSchema(devConnection, InspectOptions.defaults());
    }

    /** Loads desired SQL through the dialect's own dev database (SQLite: an in-memory database). */
    public static Schema load(Path source, Dialect dialect) {
        try (DevDatabase dev = openDev(dialect)) {
            for (Path f : SqlLoader.files(source)) SqlLoader.run(dev.connection(), f, dialect.splitter());
            return inspectDev(dialect, dev);
        }
    }

    /**
     * Loads desired SQL through a scratch dev database that the dialect creates on the target's
     * server (PostgreSQL, MySQL) and drops afterwards; the target itself is never written.
     */
    public static Schema load(Path source, Dialect dialect, Connection target) {
        try (DevDatabase dev = dialect.openDevDatabase(Optional.of(target)).orElseThrow(() -> new InvalidInputException(
                "dialect " + dialect.name() + " cannot create a scratch dev database: pass a dev database (--dev-url)"))) {
            for (Path f : SqlLoader.files(source)) SqlLoader.run(dev.connection(), f, dialect.splitter());
            return inspectDev(dialect, dev);
        }
    }

    /** Loads desired SQL given as text; {@code name} is used in error positions. */
    public static Schema load(String sql, String name, Dialect dialect) {
        try (DevDatabase dev = openDev(dialect)) {
            SqlLoader.run(dev.connection(), name, sql, dialect.splitter());
            return inspectDev(dialect, dev);
        }
    }

    private static Schema inspectDev(Dialect dialect, DevDatabase dev) {
        InspectOptions o = dev.schema().map(s -> InspectOptions.defaults().withSchemas(java.util.List.of(s)))
                .orElse(InspectOptions.defaults());
        return dialect.inspector().inspectSchema(dev.connection(), o);
    }

    private static DevDatabase openDev(Dialect dialect) {
        return dialect.openDevDatabase(Optional.empty()).orElseThrow(() -> new InvalidInputException(
                "dialect " + dialect.name() + " has no embedded dev database: pass a dev database (--dev-url)"));
    }

    /** {@return the difference from current to desired, compared generically} */
    public static SchemaDiff diff(Schema current, Schema desired) {
        return new DefaultSchemaDiff(current, desired, Optional.empty(), DiffOptions.defaults());
    }

    /** {@return the difference from current to desired, normalized by the dialect} */
    public static SchemaDiff diff(Schema current, Schema desired, Dialect dialect) {
        return new DefaultSchemaDiff(current, desired, Optional.of(dialect), DiffOptions.defaults());
    }

    /** Applies a plan: destructive statements are refused unless allowed; transactional where the dialect can. */
    public static ApplyResult apply(DataSource dataSource, Plan plan, ApplyOptions options) {
        try (Connection c = connect(dataSource)) {
            return apply(c, plan, options);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close connection: " + e.getMessage(), e);
        }
    }

    public static ApplyResult apply(Connection connection, Plan plan, ApplyOptions options) {
        return Executor.apply(connection, Dialects.forConnection(connection), plan, options);
    }

    private static Connection connect(DataSource ds) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect: " + e.getMessage()
                    + ": check that the database is running and the credentials are right", e);
        }
    }
}
