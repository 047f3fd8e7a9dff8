package io.atlas4j.error;

/** Stable error codes; tools match on these, never on message text. Each maps to a CLI exit status. */
public enum AtlasErrorCode {
    /** The desired schema could not be parsed or loaded. */
    PARSE(2),
    /** A schema failed validation. */
    INVALID_SCHEMA(2),
    /** Bad arguments or configuration. */
    INVALID_INPUT(2),
    /** The database could not be reached or refused the connection. */
    CONNECTION(3),
    /** A catalog query failed. */
    INSPECTION(4),
    /** A change the dialect cannot express. */
    UNSUPPORTED_CHANGE(5),
    /** A destructive change was refused. */
    DESTRUCTIVE_CHANGE(6),
    /** A statement failed while applying a plan. */
    APPLY(7),
    /** Lint found problems at or above the configured severity. */
    LINT(8),
    /** The database changed since the plan was computed, or a lock could not be taken. */
    CONFLICT(9),
    /** Rows already stored would make a change fail (NULLs in a column made NOT NULL, duplicates under a new key). */
    STORED_DATA(10),
    /** Every statement was applied, but recording the apply in the history table failed. */
    HISTORY(11),
    /** A migration directory's files no longer match its {@code atlas.sum}. */
    CHECKSUM_MISMATCH(12),
    /** Anything else. */
    INTERNAL(1);

    private final int exitStatus;

    AtlasErrorCode(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
