package io.atlas4j.error;

import java.util.List;

/**
 * A statement failed while applying a plan. {@link #applied()} lists the statements that took
 * effect before it (empty when the plan ran in a transaction that was rolled back).
 */
public final class ApplyException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> applied;
    private final int failedIndex;
    private final String failedStatement;

    public ApplyException(String message, List<String> applied, int failedIndex, String failedStatement, Throwable cause) {
        super(AtlasErrorCode.APPLY, message, null, cause);
        this.applied = List.copyOf(applied);
        this.failedIndex = failedIndex;
        this.failedStatement = failedStatement;
    }

    public List<String> applied() {
        return applied;
    }

    /** {@return the zero-based index of the failed statement in the plan} */
    public int failedIndex() {
        return failedIndex;
    }

    public String failedStatement() {
        return failedStatement;
    }
}
