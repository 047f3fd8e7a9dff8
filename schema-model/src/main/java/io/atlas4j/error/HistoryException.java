package io.atlas4j.error;

import java.util.List;

/**
 * Every statement of a plan was applied, but the apply could not be recorded in the history table.
 * The schema is as planned; only the record is missing. {@link #applied()} lists what ran.
 */
public final class HistoryException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> applied;

    public HistoryException(String message, List<String> applied, Throwable cause) {
        super(AtlasErrorCode.HISTORY, message, null, cause);
        this.applied = List.copyOf(applied);
    }

    public List<String> applied() {
        return applied;
    }
}
