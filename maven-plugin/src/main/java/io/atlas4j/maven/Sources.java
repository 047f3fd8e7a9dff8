package io.atlas4j.maven;

import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.SchemaSources;
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
 * Turns the goals' sources into schemas, as the CLI does: database URLs are inspected,
 * {@code file://}, {@code ext://} and {@code jpa://} sources (see {@link SchemaSources}) are loaded through a dev database (the {@code devUrl}, borrowed and left
 * as found; or the dialect's embedded one; or a scratch database on the other side's server). Owns
 * the connections it opens and closes them all.
 */
final class Sources implements AutoCloseable {
    /** What {@code schema-apply} records its runs in (SchemaBootstrap's default); not part of the user's schema. */
    static final List<String> TOOL_TABLES = List.of("atlas4j_schema_history", "atlas_schema_revisions", "flyway_schema_history");
    static final String SYNCED = "Schemas are synced, no changes to be made.";
    /** The {@code devUrl} value that loads SQL without a database (module atlas4j-sql-offline on the plugin's class path). */
    static final String OFFLINE = "offline";

    private final Optional<String> devUrl;
    private final List<Connection> open = new ArrayList<>();

    Sources(Optional<String> devUrl) {
        this.devUrl = devUrl;
    }

    /** The schemas of a source (one, or a whole database's) and the dialect they were read with. */
    record Loaded(Realm realm, Dialect dialect) {
        Loaded(Schema schema, Dialect dialect) {
            this(Realm.of(schema), dialect);
        }

        Schema schema() {
            return realm.schemas().get(0);
        }
    }

    /** A database opened for reading, with how it was reached (for a scratch dev database on its server). */
    record Database(Connection connection, JdbcTarget access) {
    }

    /** {@return whether the source is DDL to load (file://, ext://, jpa://) rather than a database to inspect} */
    static boolean isFile(String source) {
        return SchemaSources.isDdl(source);
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

    /** Opens a database URL for writing, or a dev database for scratch work; the connection closes with this object. */
    Connection openWrite(String url) {
        Connection c = Dialects.connect(url, Access.WRITE);
        open.add(c);
        return c;
    }

    /** {@return the schemas of a database in scope, read by the dialect tuned to its server, leaving out tools' tables} */
    Loaded inspect(Connection c, Scope scope) {
        Dialect d = Dialects.forConnection(c);
        InspectOptions options = InspectOptions.defaults().withExcludeTables(TOOL_TABLES);
        if (scope == Scope.SCHEMA) return new Loaded(Atlas.inspect(c, options), d);
        return new Loaded(Atlas.inspectRealm(c, options.withAllSchemas(true)), d);
    }

    /**
     * Reads a source. A {@code file://} source goes through the {@code devUrl} when one was given;
     * else through a dev database of {@code dialect}: its embedded one (SQLite in memory), or a
     * scratch database it creates on the server of {@code server}.
     */
    Loaded load(String source, Optional<Dialect> dialect, Optional<Database> server, Scope scope) {
        if (!isFile(source)) return inspect(open(source).connection(), scope);
        if (devUrl.isPresent() && devUrl.get().equals(OFFLINE)) {
            Dialect d = dialect.orElseThrow(() -> new InvalidInputException("devUrl " + OFFLINE + " cannot tell which database "
                    + source + " is written for: compare it with a database URL, or set a real devUrl"));
            return new Loaded(Atlas.loadRealmOffline(SchemaSources.scripts(source, d, scope, Map.of()), d, scope), d);
        }
        if (devUrl.isPresent()) {
            Connection dev = openWrite(devUrl.get());
            Dialect d = Dialects.forConnection(dev);
            return new Loaded(Atlas.loadRealm(SchemaSources.scripts(source, d, scope, Map.of()), dev, scope), d);
        }
        Dialect d = dialect.orElseThrow(() -> new InvalidInputException("cannot tell which database " + source
                + " is written for: compare it with a database URL or set devUrl (e.g. -Datlas4j.devUrl=sqlite://:memory:)"));
        Optional<DevDatabase> embedded = d.devDatabases().embedded();
        embedded.ifPresent(DevDatabase::close);
        if (embedded.isPresent()) return new Loaded(Atlas.loadRealm(SchemaSources.scripts(source, d, Scope.SCHEMA, Map.of()), d, Scope.SCHEMA), d);
        Database on = server.orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " needs a dev database to load " + source + ": set devUrl"));
        return new Loaded(Atlas.loadRealm(SchemaSources.scripts(source, d, scope, Map.of()), d, on.connection(), Optional.of(on.access()), scope), d);
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
