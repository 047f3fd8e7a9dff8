package io.atlas4j.error;

/** A catalog query failed; the message names the dialect, the query and the schema. */
public final class InspectionException extends AtlasException {
    private static final long serialVersionUID = 1L;

    public InspectionException(String message, Throwable cause) {
        super(AtlasErrorCode.INSPECTION, message, null, cause);
    }
}
