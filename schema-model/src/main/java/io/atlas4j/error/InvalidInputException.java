package io.atlas4j.error;

/** Bad arguments, an unknown URL scheme, conflicting options. The message names the remedy. */
public final class InvalidInputException extends AtlasException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(AtlasErrorCode.INVALID_INPUT, message, null, null);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(AtlasErrorCode.INVALID_INPUT, message, null, cause);
    }
}
