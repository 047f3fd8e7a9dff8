package io.atlas4j.error;

import java.util.Objects;

/** The desired schema source could not be loaded; the message starts with {@code file:line}. */
public final class SchemaParseException extends AtlasException {
    private static final long serialVersionUID = 1L;

    public SchemaParseException(Origin origin, String message, Throwable cause) {
        super(AtlasErrorCode.PARSE, Objects.requireNonNull(origin, "origin") + ": " + message, origin, cause);
    }
}
