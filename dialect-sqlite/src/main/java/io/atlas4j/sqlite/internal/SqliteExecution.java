package io.atlas4j.sqlite.internal;

import io.atlas4j.spi.ApplyHooks;
import io.atlas4j.spi.Execution;
import io.atlas4j.spi.SchemaLock;
import java.util.Optional;

/** SQLite applies in one transaction with foreign keys off around it, locked by {@code BEGIN IMMEDIATE}; its DDL is transactional. */
public final class SqliteExecution implements Execution {
    public static final SqliteExecution INSTANCE = new SqliteExecution();

    private SqliteExecution() {
    }

    /** A new instance per apply: the hooks remember the settings they restore. */
    @Override
    public ApplyHooks applyHooks() {
        return new SqliteApplyHooks();
    }

    @Override
    public Optional<SchemaLock> schemaLock() {
        return Optional.of(SqliteSchemaLock.INSTANCE);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }
}
