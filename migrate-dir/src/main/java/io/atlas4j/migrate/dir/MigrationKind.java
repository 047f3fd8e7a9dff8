package io.atlas4j.migrate.dir;

/** What a migration file does when run, as its format says. */
public enum MigrationKind {
    /** Moves the schema forward to a new version (an atlas file, a Flyway {@code V}, a golang-migrate {@code .up.sql}). */
    VERSIONED,
    /** golang-migrate's {@code .down.sql}: reverts the versioned file of the same version. */
    DOWN,
    /** Flyway's {@code U} file: reverts the versioned file of the same version. */
    UNDO,
    /** Flyway's {@code R__} file: no version, run again whenever it changes, after the versioned files. */
    REPEATABLE,
    /** Flyway's {@code B} file: stands for every versioned file up to its version on a new database. */
    BASELINE
}
