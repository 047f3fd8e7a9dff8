package io.atlas4j.error;

import java.util.Optional;

/** The one root of every atlas4j failure. Unchecked; match on {@link #errorCode()}. */
public abstract class AtlasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final AtlasErrorCode errorCode;
    private final transient Origin origin;

    protected AtlasException(AtlasErrorCode errorCode, String message, Origin origin, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.origin = origin;
    }

    public AtlasErrorCode errorCode() {
        return errorCode;
    }

    /** {@return where in the user's input the problem is, when known} */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }
}
