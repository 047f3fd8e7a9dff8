package io.atlas4j.cli;

import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.SchemaSources;
import io.atlas4j.SqlScript;
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
import java.util.Optional;

/**
 * Turns sources into schemas: database URLs are inspected, {@code file://} sources are loaded
 * through a dev database (the {@code --dev-url}, borrowed and left as found; or the dialect's
 * embedded one; or a scratch database on the other side's server). Owns the connections it opens
 * and closes them all.
 */
final class Sources implements AutoCloseable {
    /** The {@code --dev-url} value that loads SQL without a database (module atlas4j-sql-offline). */
    static final String OFFLINE = "offline";
    /** What {@code schema apply} records its runs in (SchemaBootstrap's default); not part of the user's schema. */
    static final String HISTORY_TABLE = "atlas4j_schema_history";

    private final Optional<String> devUrl;
    private final Map<String, String> variables;
    private final List<Connection> open = new ArrayList<>();

    Sources(Optional<String> devUrl) {
        this(devUrl, Map.of());
    }

    /** @param variables values for the input variables of HCL sources ({@code --var name=value}) */
    Sources(Optional<String> devUrl, Map<String, String> variables) {
        this.devUrl = devUrl;
        this.variables = Map.copyOf(variables);
    }

    /** The schemas of a source (one, or a whole database's) and the dialect they were read with. */
    record Loaded(Realm realm, Dialect dialect) {
        Loaded(Schema schema, Dialect dialect) {
            this(Realm.of(schema), dialect);
        }

        /** {@return the one schema read} */
        Schema schema() {
            return realm.schemas().get(0);
        }
    }

    /** A database opened for reading, with how it was reached (for a scratch dev database on its server). */
    record Database(Connection connection, JdbcTarget access) {
    }

    /** {@return the dialect an atlas4j URL names, when that dialect brings its own dev database (SQLite)} */
    static Optional<Dialect> embeddedDevDialect(String url) {
        if (url.startsWith("jdbc:")) return Optional.empty();
        Dialect d = Dialects.forUrl(url);
        Optional<DevDatabase> dev = d.devDatabases().embedded();
        dev.ifPresent(DevDatabase::close);
        return dev.isPresent() ? Optional.of(d) : Optional.empty();
    }

    /** Opens a database URL that must exist; the connection closes with this object. */
    Database open(String url) {
        JdbcTarget access = Dialects.jdbcTarget(url, Access.READ);
        Connection c = Dialects.connect(url, Access.READ);
        open.add(c);
        return new Database(c, access);
    }

    /** Opens a database URL for writing, or a dev database for scratch work (a new SQLite file may be created); the connection closes with this object. */
    Connection openWrite(String url) {
        Connection c = Dialects.connect(url, Access.WRITE);
        open.add(c);
        return c;
    }

    /** {@return the schemas of a database in scope (its current one, or all), read by the dialect tuned to its server} */
    Loaded inspect(Connection c, Scope scope) {
        Dialect d = Dialects.forConnection(c);
        // Tables tools keep for themselves are not the user's schema: atlas4j's history, the revision tables of Atlas and Flyway.
        InspectOptions options = InspectOptions.defaults().withExcludeTables(List.of(HISTORY_TABLE, "atlas_schema_revisions",
                "flyway_schema_history"));
        if (scope == Scope.SCHEMA) return new Loaded(Atlas.inspect(c, options), d);
        return new Loaded(Atlas.inspectRealm(c, options.withAllSchemas(true)), d);
    }

    /**
     * Reads a source. A {@code file://} source goes through the {@code --dev-url} when one was
     * given; else through a dev database of {@code dialect} (the other side's): its embedded one
     * (SQLite in memory), or a scratch database it creates on the server of {@code server}.
     */
    Loaded load(Source source, Optional<Dialect> dialect, Optional<Database> server, Scope scope) {
        if (!source.isFile()) return inspect(open(source.raw()).connection(), scope);
        if (devUrl.isPresent() && devUrl.get().equals(OFFLINE)) {
            // No database at all: the SQL is parsed and modelled in process; what cannot be modelled is refused.
            Dialect d = dialect.orElseThrow(() -> new InvalidInputException("--dev-url " + OFFLINE + " cannot tell which database "
                    + source + " is written for: compare it with a database URL, or name it with --dialect (sqlite, postgres, mysql)"));
            return new Loaded(Atlas.loadRealmOffline(scripts(source, d, scope), d, scope), d);
        }
        if (devUrl.isPresent()) {
            // Scratch space: a new SQLite file may be created for it.
            Connection dev = Dialects.connect(devUrl.get(), Access.WRITE);
            open.add(dev);
            Dialect d = Dialects.forConnection(dev);
            return new Loaded(Atlas.loadRealm(scripts(source, d, scope), dev, scope), d);
        }
        Dialect d = dialect.orElseThrow(() -> new InvalidInputException("cannot tell which database " + source
                + " is written for: compare it with a database URL, pass --dev-url (e.g. --dev-url sqlite://:memory:), or name it with --dialect"));
        Optional<DevDatabase> embedded = d.devDatabases().embedded();
        embedded.ifPresent(DevDatabase::close);
        if (embedded.isPresent()) return new Loaded(Atlas.loadRealm(scripts(source, d, Scope.SCHEMA), d, Scope.SCHEMA), d);
        Database on = server.orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " needs a dev database to load " + source + ": pass --dev-url"));
        return new Loaded(Atlas.loadRealm(scripts(source, d, scope), d, on.connection(), Optional.of(on.access()), scope), d);
    }

    /** {@return the DDL of a file source: SQL as written, another format (HCL) planned for the dialect with the --var values, a program's output, JPA entities' export} */
    List<SqlScript> scripts(Source source, Dialect dialect, Scope scope) {
        return SchemaSources.scripts(source.raw(), dialect, scope, variables);
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
