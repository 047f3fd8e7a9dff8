package io.atlas4j.error;

/** The database could not be reached or refused the login. Messages never contain passwords. */
public final class ConnectionException extends AtlasException {
    private static final long serialVersionUID = 1L;

    public ConnectionException(String message, Throwable cause) {
        super(AtlasErrorCode.CONNECTION, message, null, cause);
    }
}
