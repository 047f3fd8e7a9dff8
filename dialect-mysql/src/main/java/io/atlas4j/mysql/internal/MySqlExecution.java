package io.atlas4j.mysql.internal;

import io.atlas4j.spi.Execution;
import io.atlas4j.spi.SchemaLock;
import java.util.Optional;

/**
 * MySQL's DDL commits implicitly, so plans run statement by statement; schema changes are
 * serialized by a named session lock ({@code GET_LOCK}), released by the server when the session ends.
 */
public final class MySqlExecution implements Execution {
    public static final MySqlExecution INSTANCE = new MySqlExecution();

    private MySqlExecution() {
    }

    @Override
    public Optional<SchemaLock> schemaLock() {
        return Optional.of(MySqlSchemaLock.INSTANCE);
    }

    /** TEXT holds only 64 KiB here; a large plan's statements need LONGTEXT. */
    @Override
    public String unboundedTextType() {
        return "LONGTEXT";
    }
}
