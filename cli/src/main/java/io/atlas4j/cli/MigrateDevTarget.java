package io.atlas4j.cli;

import io.atlas4j.Dialects;
import io.atlas4j.SqlScript;
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

    /** {@return a replay for the command} {@code sources} owns the connections it opens. */
    static Replay replay(Sources sources, Optional<String> devUrl, Optional<Connection> server, Optional<JdbcTarget> access) {
        if (devUrl.isPresent()) return Replay.on(sources.openWrite(devUrl.get()));
        Connection c = server.orElseThrow(() -> new InvalidInputException(
                "migrate needs a dev database to replay the directory on: pass --dev-url, an empty database of the"
                        + " target's kind (e.g. --dev-url sqlite://:memory:, or an empty database on your PostgreSQL or MySQL server)"));
        Dialect d = Dialects.forConnection(c);
        return d.devDatabases().embedded().map(dev -> {
            dev.close();
            return Replay.embedded(d);
        }).orElseGet(() -> Replay.scratch(d, c, access));
    }

    /** {@return the desired schema of a --to source: a database inspected, or SQL loaded through the replay's dev database} */
    static Realm desired(Sources sources, Source to, Replay replay) {
        if (!to.isFile()) return sources.inspect(sources.open(to.raw()).connection(), Scope.SCHEMA).realm();
        return replay.run(SqlScript.of(to.path()), Scope.SCHEMA);
    }
}
