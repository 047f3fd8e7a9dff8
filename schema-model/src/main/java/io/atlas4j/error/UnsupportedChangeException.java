package io.atlas4j.error;

import io.atlas4j.change.Edit;

/** A change the dialect cannot express; the message ends with the remedy. */
public final class UnsupportedChangeException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient Edit change;

    public UnsupportedChangeException(Edit change, String message) {
        super(AtlasErrorCode.UNSUPPORTED_CHANGE, message, null, null);
        this.change = change;
    }

    public Edit change() {
        return change;
    }
}
