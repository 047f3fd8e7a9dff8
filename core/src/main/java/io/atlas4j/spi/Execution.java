package io.atlas4j.spi;

import java.util.Optional;

/**
 * What applying a plan needs from a dialect: hooks around the plan, the lock that serializes
 * schema changes, whether DDL is transactional, and how atlas4j's own history table is typed.
 */
public interface Execution {
    /** No hooks, no lock, DDL not transactional, {@code TEXT} for long text. */
    Execution DEFAULT = new Execution() { };

    /** {@return what the executor does around a plan; nothing by default} */
    default ApplyHooks applyHooks() {
        return ApplyHooks.NONE;
    }

    /**
     * {@return the lock that serializes schema changes on this database (see {@link SchemaLock}); empty
     * when the dialect has none, in which case a locked apply refuses to run unless asked to run unlocked}
     */
    default Optional<SchemaLock> schemaLock() {
        return Optional.empty();
    }

    /**
     * {@return whether DDL statements take part in transactions, so that loading desired SQL into a
     * borrowed dev database can be rolled back exactly (PostgreSQL, SQLite); false by default}
     */
    default boolean transactionalDdl() {
        return false;
    }

    /** {@return the column type for unbounded text in tables atlas4j keeps itself (the history table)} */
    default String unboundedTextType() {
        return "TEXT";
    }
}
