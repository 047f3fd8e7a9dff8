package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.Replay;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.util.Optional;

/**
 * Where the migrate commands replay a directory: the {@code --dev-url} (borrowed, left as found),
 * else the dialect's embedded dev database (SQLite in memory), else a scratch database on the
 * server of a database the command already opened.
 */
final class MigrateDevTarget {
    private MigrateDevTarget() {
    }

    /** A replay and the dialect of the database it runs on. */
    record Target(Replay replay, Dialect dialect) {
    }

    /** {@return a replay for the command} {@code sources} owns the connections it opens. */
    static Replay replay(SourceLoader sources, Optional<String> devUrl, Optional<Connection> server, Optional<JdbcTarget> access) {
        return target(sources, devUrl, server, access).replay();
    }

    /** {@return a replay for the command, with its dialect} {@code sources} owns the connections it opens. */
    static Target target(SourceLoader sources, Optional<String> devUrl, Optional<Connection> server, Optional<JdbcTarget> access) {
        if (devUrl.isPresent()) {
            Connection dev = sources.openWrite(devUrl.get());
            return new Target(Replay.on(dev), Dialects.forConnection(dev));
        }
        Connection c = server.orElseThrow(() -> new InvalidInputException(
                "migrate needs a dev database to replay the directory on: pass --dev-url, an empty database of the"
                        + " target's kind (e.g. --dev-url sqlite://:memory:, or an empty database on your PostgreSQL or MySQL server)"));
        Dialect d = Dialects.forConnection(c);
        Replay replay = d.devDatabases().embedded().map(dev -> {
            dev.close();
            return Replay.embedded(d);
        }).orElseGet(() -> Replay.scratch(d, c, access));
        return new Target(replay, d);
    }

    /**
     * {@return the desired schema of a --to source: a database inspected, or a file loaded through the replay's dev
     * database} The replay's dialect reads the file: an HCL schema is planned for it (with the --var values), SQL is
     * read as written.
     */
    static Realm desired(SourceLoader sources, Source to, Target target) {
        if (!to.isFile()) return sources.inspect(sources.open(to.raw()).connection(), Scope.SCHEMA).realm();
        return target.replay().run(sources.scripts(to.raw(), target.dialect(), Scope.SCHEMA), Scope.SCHEMA);
    }
}
