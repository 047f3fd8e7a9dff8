package io.atlas4j.postgres.internal;

import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.DevDatabases;
import io.atlas4j.spi.JdbcTarget;
import java.sql.Connection;
import java.util.Optional;

/** PostgreSQL has no embedded dev database; it creates a scratch one on the target's server. */
public final class PgDevDatabases implements DevDatabases {
    public static final PgDevDatabases INSTANCE = new PgDevDatabases();

    private PgDevDatabases() {
    }

    @Override
    public Optional<DevDatabase> scratch(Connection target, Optional<JdbcTarget> access) {
        return Optional.of(PgDevDatabase.create(target, access));
    }
}
