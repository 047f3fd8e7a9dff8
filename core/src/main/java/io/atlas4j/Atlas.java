package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.internal.DevLoad;
import io.atlas4j.internal.Executor;
import io.atlas4j.internal.Inspection;
import io.atlas4j.internal.LockedApply;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The atlas4j entry point: inspect what a database has, load what the user wants, diff, plan
 * and apply.
 *
 * <pre>{@code
 * Schema current = Atlas.inspect(dataSource);                               // read by the dialect of the database
 * Schema desired = Atlas.load(Path.of("schema.sql"), SqliteDialect.create()); // through an in-memory dev database
 * Plan plan = Atlas.diff(current, desired).plan(SqliteDialect.create());
 * Atlas.apply(dataSource, plan, ApplyOptions.defaults());                    // under the schema lock, checked first
 * }</pre>
 *
 * Every schema atlas4j reads remembers the dialect that read it ({@link io.atlas4j.spi.SchemaDialect}),
 * so {@link #diff(Schema, Schema)} compares with that dialect's normalization without being told.
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
        return Inspection.schema(Dialects.forConnection(connection), connection, options);
    }

    /** {@return the schemas the options name (every user schema with {@link InspectOptions#withAllSchemas})} */
    public static Realm inspectRealm(Connection connection, InspectOptions options) {
        return Inspection.realm(Dialects.forConnection(connection), connection, options);
    }

    /**
     * Loads desired SQL (a file or a directory of .sql files) into a dev database and reads it back.
     * The dev database must be empty; it is locked while in use, so processes sharing it take turns,
     * and it is left exactly as it was found.
     */
    public static Schema load(Path source, DataSource devDatabase) {
        try (Connection c = connect(devDatabase)) {
            return load(source, c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close dev connection: " + e.getMessage(), e);
        }
    }

    /** Loads desired SQL into an (empty) dev database connection and reads it back; see {@link #load(Path, DataSource)}. */
    public static Schema load(Path source, Connection devConnection) {
        Dialect d = Dialects.forConnection(devConnection);
        return single(DevLoad.borrowed(d, devConnection, "\"" + describe(devConnection) + "\"", SqlScript.of(source, d, Scope.SCHEMA), Scope.SCHEMA));
    }

    /** Loads desired SQL through the dialect's own dev database (SQLite: an in-memory database). */
    public static Schema load(Path source, Dialect dialect) {
        return single(DevLoad.embedded(dialect, SqlScript.of(source, dialect, Scope.SCHEMA), Scope.SCHEMA));
    }

    /**
     * Loads desired SQL through a scratch dev database that the dialect creates on the target's
     * server (PostgreSQL, MySQL) and drops afterwards; the target itself is never written. A
     * PostgreSQL scratch database is opened with the target's user name and no password: on a server
     * that asks for one, use {@link #load(Path, Dialect, Connection, Optional)} or a dev database.
     */
    public static Schema load(Path source, Dialect dialect, Connection target) {
        return load(source, dialect, target, Optional.empty());
    }

    /**
     * Loads desired SQL through a scratch dev database on the target's server, opened with the
     * target's credentials ({@code access}: its JDBC URL, user and password).
     */
    public static Schema load(Path source, Dialect dialect, Connection target, Optional<JdbcTarget> access) {
        return single(DevLoad.scratch(dialect, target, access, SqlScript.of(source, dialect, Scope.SCHEMA), Scope.SCHEMA));
    }

    /**
     * Loads desired SQL into an (empty) dev database and reads back the schemas of {@code scope}:
     * the connection's current schema, or every schema of the dev database (desired SQL for a whole
     * database, which may create schemas of its own).
     */
    public static Realm loadRealm(Path source, Connection devConnection, Scope scope) {
        Dialect d = Dialects.forConnection(devConnection);
        return DevLoad.borrowed(d, devConnection, "\"" + describe(devConnection) + "\"", SqlScript.of(source, d, scope), scope);
    }

    /** Loads desired SQL through a scratch dev database on the target's server and reads back the schemas of {@code scope}. */
    public static Realm loadRealm(Path source, Dialect dialect, Connection target, Optional<JdbcTarget> access, Scope scope) {
        return DevLoad.scratch(dialect, target, access, SqlScript.of(source, dialect, scope), scope);
    }

    /**
     * Loads scripts, in order, through the dialect's own dev database (SQLite in memory) and reads
     * back the schemas of {@code scope}: a migration directory replayed, or SQL from any source.
     */
    public static Realm loadRealm(List<SqlScript> scripts, Dialect dialect, Scope scope) {
        return DevLoad.embedded(dialect, scripts, scope);
    }

    /**
     * Loads scripts, in order, without any database: the offline loader on the class path
     * ({@code atlas4j-sql-offline}) models them as the dialect's inspector would read them, and refuses,
     * naming file, line and statement, what it cannot model ({@code --dev-url offline}).
     */
    public static Realm loadRealmOffline(List<SqlScript> scripts, Dialect dialect, Scope scope) {
        return DevLoad.offline(dialect, scripts, scope);
    }

    /** Loads scripts, in order, into an (empty) dev database, borrowed for the load and left as found. */
    public static Realm loadRealm(List<SqlScript> scripts, Connection devConnection, Scope scope) {
        Dialect d = Dialects.forConnection(devConnection);
        return DevLoad.borrowed(d, devConnection, "\"" + describe(devConnection) + "\"", scripts, scope);
    }

    /** Loads scripts, in order, into a scratch dev database on the target's server, dropped afterwards. */
    public static Realm loadRealm(List<SqlScript> scripts, Dialect dialect, Connection target, Optional<JdbcTarget> access, Scope scope) {
        return DevLoad.scratch(dialect, target, access, scripts, scope);
    }

    /** Loads desired SQL given as text through the dialect's own dev database; {@code name} is used in error positions. */
    public static Schema load(String sql, String name, Dialect dialect) {
        return single(DevLoad.embedded(dialect, List.of(new SqlScript(name, sql)), Scope.SCHEMA));
    }

    private static Schema single(Realm r) {
        return r.schemas().get(0);
    }

    /**
     * {@return the difference from current to desired} Compared with the normalization of the
     * dialect that read the schemas; schemas atlas4j did not read (built in Java) compare generically
     * until {@link SchemaDiff#plan(Dialect)} names a dialect.
     *
     * @throws io.atlas4j.error.InvalidInputException when the two schemas were read by different dialects
     */
    public static SchemaDiff diff(Schema current, Schema desired) {
        return new DefaultSchemaDiff(Realm.of(current), Realm.of(desired), false, Optional.empty(), DiffOptions.defaults());
    }

    /** {@return the difference between two realms, schemas matched by name; plans qualify names with their schema} */
    public static SchemaDiff diff(Realm current, Realm desired) {
        return new DefaultSchemaDiff(current, desired, true, Optional.empty(), DiffOptions.defaults());
    }

    /** {@return the difference from current to desired, normalized by {@code dialect}, for schemas atlas4j did not read itself} */
    public static SchemaDiff diff(Schema current, Schema desired, Dialect dialect) {
        return new DefaultSchemaDiff(Realm.of(current), Realm.of(desired), false, Optional.of(dialect), DiffOptions.defaults());
    }

    /**
     * Applies a plan under the database's schema lock, the same lock a start-up apply and the CLI take.
     * Under the lock, a plan computed by {@link #diff} from schemas atlas4j read is checked first: when
     * the database already holds the desired schema nothing runs; when it no longer holds the schema
     * the plan was computed from, or stored rows would make the plan fail, it is refused and nothing
     * runs. Destructive statements are refused unless allowed; statements run in one transaction
     * where the dialect can.
     */
    public static ApplyResult apply(DataSource dataSource, Plan plan, ApplyOptions options) {
        try (Connection c = connect(dataSource)) {
            // A connection of its own: nothing of the caller's is open on it (pools may hand it out with auto-commit off).
            c.setAutoCommit(true);
            return apply(c, plan, options);
        } catch (SQLException e) {
            throw new ConnectionException("cannot close connection: " + e.getMessage(), e);
        }
    }

    /**
     * Applies a plan under the schema lock; see {@link #apply(DataSource, Plan, ApplyOptions)}. The
     * connection must be in auto-commit mode: one with a transaction of the caller's open is refused.
     */
    public static ApplyResult apply(Connection connection, Plan plan, ApplyOptions options) {
        return LockedApply.apply(connection, Dialects.forConnection(connection), plan, options);
    }

    /**
     * Applies a plan without the schema lock and without checking that the database still holds the
     * schema the plan was computed from: only safe when nothing else changes the schema meanwhile
     * (a test's own database, a tool that serializes applies itself).
     */
    public static ApplyResult applyUnlocked(Connection connection, Plan plan, ApplyOptions options) {
        return Executor.apply(connection, Dialects.forConnection(connection), plan, options);
    }

    private static String describe(Connection c) {
        try {
            return io.atlas4j.spi.DatabaseUrl.mask(c.getMetaData().getURL());
        } catch (SQLException e) {
            return "the dev database";
        }
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
