package io.atlas4j;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the sources a tool is given into schemas, the same for the CLI and the build plugins: database URLs
 * are inspected (leaving out the tables tools keep for themselves), DDL sources ({@link SchemaSources}:
 * {@code file://}, {@code ext://}, {@code jpa://}) are loaded through a dev database — the one named (borrowed
 * and left as found), {@value #OFFLINE} (no database: the offline loader), the dialect's embedded one, or a
 * scratch database on the other side's server. Owns the connections it opens and closes them all.
 */
public final class SourceLoader implements AutoCloseable {
    /** The dev database URL that loads SQL without a database (module atlas4j-sql-offline). */
    public static final String OFFLINE = "offline";
    /** The tables tools keep for themselves, never part of the user's schema: atlas4j's history, Atlas's and Flyway's revisions. */
    public static final List<String> TOOL_TABLES = List.of("atlas4j_schema_history", "atlas_schema_revisions", "flyway_schema_history");

    /**
     * How the calling tool spells its options, for messages that tell the user what to pass.
     *
     * @param devUrl  the dev database option, such as {@code --dev-url}
     * @param dialect the option naming a dialect, where the tool has one ({@code --dialect})
     */
    public record Options(String devUrl, Optional<String> dialect) {
        public Options {
            Objects.requireNonNull(devUrl, "devUrl");
            Objects.requireNonNull(dialect, "dialect");
        }
    }

    /** The schemas of a source (one, or a whole database's) and the dialect they were read with. */
    public record Loaded(Realm realm, Dialect dialect) {
        public Loaded(Schema schema, Dialect dialect) {
            this(Realm.of(schema), dialect);
        }

        /** {@return the one schema read} */
        public Schema schema() {
            return realm.schemas().get(0);
        }
    }

    /** A database opened for reading, with how it was reached (for a scratch dev database on its server). */
    public record Database(Connection connection, JdbcTarget access) {
    }

    private final Optional<String> devUrl;
    private final Map<String, String> variables;
    private final Options options;
    private final List<Connection> open = new ArrayList<>();

    /**
     * @param devUrl    the dev database to load DDL into, {@value #OFFLINE}, or empty to choose one per dialect
     * @param variables values for the input variables of HCL sources ({@code --var name=value})
     * @param options   how the tool spells its options, for messages
     */
    public SourceLoader(Optional<String> devUrl, Map<String, String> variables, Options options) {
        this.devUrl = Objects.requireNonNull(devUrl, "devUrl");
        this.variables = Map.copyOf(variables);
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return the dialect an atlas4j URL names, when that dialect brings its own dev database (SQLite)} */
    public static Optional<Dialect> embeddedDevDialect(String url) {
        if (url.startsWith("jdbc:")) return Optional.empty();
        Dialect d = Dialects.forUrl(url);
        Optional<DevDatabase> dev = d.devDatabases().embedded();
        dev.ifPresent(DevDatabase::close);
        return dev.isPresent() ? Optional.of(d) : Optional.empty();
    }

    /** Opens a database URL that must exist; the connection closes with this object. */
    public Database open(String url) {
        JdbcTarget access = Dialects.jdbcTarget(url, Access.READ);
        Connection c = Dialects.connect(url, Access.READ);
        open.add(c);
        return new Database(c, access);
    }

    /** Opens a database URL for writing, or a dev database for scratch work (a new SQLite file may be created); the connection closes with this object. */
    public Connection openWrite(String url) {
        Connection c = Dialects.connect(url, Access.WRITE);
        open.add(c);
        return c;
    }

    /** {@return the schemas of a database in scope (its current one, or all), read by the dialect tuned to its server} */
    public Loaded inspect(Connection c, Scope scope) {
        Dialect d = Dialects.forConnection(c);
        InspectOptions inspect = InspectOptions.defaults().withExcludeTables(TOOL_TABLES);
        if (scope == Scope.SCHEMA) return new Loaded(Atlas.inspect(c, inspect), d);
        return new Loaded(Atlas.inspectRealm(c, inspect.withAllSchemas(true)), d);
    }

    /**
     * Reads a source. A DDL source goes through the dev database when one was given (or offline); else through a
     * dev database of {@code dialect} (the other side's): its embedded one (SQLite in memory), or a scratch
     * database it creates on the server of {@code server}.
     */
    public Loaded load(String source, Optional<Dialect> dialect, Optional<Database> server, Scope scope) {
        if (!SchemaSources.isDdl(source)) return inspect(open(source).connection(), scope);
        if (devUrl.isPresent() && devUrl.get().equals(OFFLINE)) {
            // No database at all: the SQL is parsed and modelled in process; what cannot be modelled is refused.
            Dialect d = dialect.orElseThrow(() -> new InvalidInputException(options.devUrl() + " " + OFFLINE + " cannot tell which database "
                    + source + " is written for: compare it with a database URL" + options.dialect()
                    .map(o -> ", or name it with " + o + " (sqlite, postgres, mysql, mssql)").orElse(", or give a real " + options.devUrl())));
            return new Loaded(Atlas.loadRealmOffline(scripts(source, d, scope), d, scope), d);
        }
        if (devUrl.isPresent()) {
            Connection dev = openWrite(devUrl.get());
            Dialect d = Dialects.forConnection(dev);
            return new Loaded(Atlas.loadRealm(scripts(source, d, scope), dev, scope), d);
        }
        Dialect d = dialect.orElseThrow(() -> new InvalidInputException("cannot tell which database " + source
                + " is written for: compare it with a database URL, give " + options.devUrl() + " (e.g. sqlite://:memory:)"
                + options.dialect().map(o -> ", or name it with " + o).orElse("")));
        Optional<DevDatabase> embedded = d.devDatabases().embedded();
        embedded.ifPresent(DevDatabase::close);
        if (embedded.isPresent()) return new Loaded(Atlas.loadRealm(scripts(source, d, Scope.SCHEMA), d, Scope.SCHEMA), d);
        Database on = server.orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " needs a dev database to load " + source + ": give " + options.devUrl()));
        return new Loaded(Atlas.loadRealm(scripts(source, d, scope), d, on.connection(), Optional.of(on.access()), scope), d);
    }

    /** {@return the DDL of a source for {@code dialect}, with this loader's variables; see {@link SchemaSources#scripts}} */
    public List<SqlScript> scripts(String source, Dialect dialect, Scope scope) {
        return SchemaSources.scripts(source, dialect, scope, variables);
    }

    @Override
    public void close() {
        ConnectionException failure = null;
        for (Connection c : open) {
            try {
                c.close();
            } catch (SQLException e) {
                if (failure == null) failure = new ConnectionException("cannot close connection: " + e.getMessage(), e);
            }
        }
        open.clear();
        if (failure != null) throw failure;
    }
}
