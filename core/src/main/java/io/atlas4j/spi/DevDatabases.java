package io.atlas4j.spi;

import java.sql.Connection;
import java.util.Optional;

/**
 * Where a dialect loads desired SQL when the user names no dev database: an embedded database that
 * needs no server (SQLite in memory), or a scratch database it creates on the target's server. A
 * dev database the user names ({@code --dev-url}) is borrowed by core instead: locked, checked
 * empty, and left exactly as it was found.
 */
public interface DevDatabases {
    /** Neither: a dev database URL is needed. */
    DevDatabases NONE = new DevDatabases() { };

    /** {@return a fresh dev database that needs no server; empty when the dialect has none} */
    default Optional<DevDatabase> embedded() {
        return Optional.empty();
    }

    /**
     * {@return a scratch database created on the target's server and dropped on close; empty when
     * the dialect cannot create one}
     *
     * @param target a connection to the target, never written
     * @param access how the target was reached (its JDBC URL, user and password), when known; a
     *               dialect that must open a new connection to the scratch database uses it, so
     *               password authentication works
     */
    default Optional<DevDatabase> scratch(Connection target, Optional<JdbcTarget> access) {
        return Optional.empty();
    }
}
