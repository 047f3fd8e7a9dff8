package io.atlas4j.postgres.internal;

import io.atlas4j.spi.Execution;
import io.atlas4j.spi.SchemaLock;
import java.util.Optional;

/** PostgreSQL's DDL is transactional; schema changes are serialized by a session-level advisory lock. */
public final class PgExecution implements Execution {
    public static final PgExecution INSTANCE = new PgExecution();

    private PgExecution() {
    }

    @Override
    public Optional<SchemaLock> schemaLock() {
        return Optional.of(PostgresSchemaLock.INSTANCE);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }
}
