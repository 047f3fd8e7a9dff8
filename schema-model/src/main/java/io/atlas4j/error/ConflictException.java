package io.atlas4j.error;

/** The database changed since a plan was computed, or a lock could not be taken in time. */
public final class ConflictException extends AtlasException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(AtlasErrorCode.CONFLICT, message, null, null);
    }
}
