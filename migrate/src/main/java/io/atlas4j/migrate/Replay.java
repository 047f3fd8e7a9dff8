package io.atlas4j.migrate;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Where a migration directory is replayed to learn the schema it builds: a dev database. The
 * database runs the files, so it, not atlas4j, decides what they mean.
 */
@FunctionalInterface
public interface Replay {
    /** {@return the schemas of {@code scope} after running {@code scripts} in order on an empty dev database} */
    Realm run(List<SqlScript> scripts, Scope scope);

    /** {@return replays on the dialect's own dev database (SQLite: in memory)} */
    static Replay embedded(Dialect dialect) {
        return (scripts, scope) -> Atlas.loadRealm(scripts, dialect, scope);
    }

    /** {@return replays on a dev database the user named: it must be empty, is locked while used and left as found} */
    static Replay on(Connection devConnection) {
        return (scripts, scope) -> Atlas.loadRealm(scripts, devConnection, scope);
    }

    /** {@return replays on a scratch database created on the target's server and dropped afterwards} */
    static Replay scratch(Dialect dialect, Connection target, Optional<JdbcTarget> access) {
        return (scripts, scope) -> Atlas.loadRealm(scripts, dialect, target, access, scope);
    }
}
