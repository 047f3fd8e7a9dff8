package io.atlas4j.migrate;

/**
 * Hears a migration run while it executes, for progress output. Called on the migrating thread; what it throws is
 * logged and ignored, so a listener cannot fail a migration.
 */
public interface MigrationListener {
    /** The listener that hears nothing. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** A statement is about to run. */
    default void starting(MigrationProgress progress) {
    }

    /** A file ran completely and its revision is recorded ({@code progress.statement()} = its statement count). */
    default void fileApplied(MigrationProgress progress) {
    }
}
