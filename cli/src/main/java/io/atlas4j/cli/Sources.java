package io.atlas4j.cli;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.Dialects;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns sources into schemas: database URLs are inspected, {@code file://} sources are loaded
 * through a dev database (the {@code --dev-url}, or the dialect's embedded one). Owns the
 * connections it opens and closes them all.
 */
final class Sources implements AutoCloseable {
    private final Optional<String> devUrl;
    private final List<Connection> open = new ArrayList<>();

    Sources(Optional<String> devUrl) {
        this.devUrl = devUrl;
    }

    /** A schema and the dialect it was read with. */
    record Loaded(Schema schema, Dialect dialect) {
    }

    /** Opens a database URL; the connection closes with this object. */
    Connection connect(String url) {
        Connection c = Dialects.connect(url);
        open.add(c);
        return c;
    }

    /** {@return the current schema of a database, read by the dialect tuned to its server} */
    Loaded inspect(Connection c) {
        Dialect d = Dialects.forConnection(c);
        return new Loaded(d.inspector().inspectSchema(c, InspectOptions.defaults()), d);
    }

    /**
     * Reads a source. A {@code file://} source goes through the {@code --dev-url} when one was
     * given; else through a dev database of {@code dialect} (the other side's): its embedded one
     * (SQLite in memory), or a scratch database it creates on the server of {@code target}.
     */
    Loaded load(Source source, Optional<Dialect> dialect, Optional<Connection> target) {
        if (!source.isFile()) return inspect(connect(source.raw()));
        if (devUrl.isPresent()) return loadThroughDevUrl(source, devUrl.get());
        Dialect d = dialect.orElseThrow(() -> new InvalidInputException("cannot tell which database " + source
                + " is written for: compare it with a database URL or pass --dev-url (e.g. --dev-url sqlite://dev.db)"));
        Schema loaded = target.isPresent() ? Atlas.load(source.path(), d, target.get()) : Atlas.load(source.path(), d);
        return new Loaded(loaded, d);
    }

    private Loaded loadThroughDevUrl(Source source, String url) {
        Connection c = connect(url);
        Loaded before = inspect(c);
        Schema s = before.schema();
        if (!s.tables().isEmpty() || !s.views().isEmpty() || !s.objects().isEmpty()) {
            throw new InvalidInputException("dev database " + DatabaseUrl.mask(url) + " is not empty: give an empty "
                    + "database, it is used as scratch space to load " + source);
        }
        Schema loaded = Atlas.load(source.path(), c);
        // Leave the dev database empty again, so the next source (or run) can use it.
        Atlas.apply(c, Atlas.diff(loaded, Schema.empty(loaded.name()), before.dialect()).plan(before.dialect()),
                ApplyOptions.defaults().withAllowDestructive(true));
        return new Loaded(loaded, before.dialect());
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
