package io.atlas4j.mssql.internal;

import io.atlas4j.spi.Execution;
import io.atlas4j.spi.SchemaLock;
import java.util.Optional;

/** SQL Server runs DDL inside transactions and locks with {@code sp_getapplock}; long text is {@code nvarchar(max)}. */
public final class MssqlExecution implements Execution {
    public static final MssqlExecution INSTANCE = new MssqlExecution();

    private MssqlExecution() {
    }

    @Override
    public Optional<SchemaLock> schemaLock() {
        return Optional.of(MssqlSchemaLock.INSTANCE);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String unboundedTextType() {
        return "nvarchar(max)";
    }
}
