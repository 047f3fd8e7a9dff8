package io.atlas4j.error;

import java.util.List;

/** A plan holds destructive changes and the caller did not allow them. Nothing was applied. */
public final class DestructiveChangeException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> statements;

    public DestructiveChangeException(List<String> statements) {
        super(AtlasErrorCode.DESTRUCTIVE_CHANGE, "refusing " + statements.size() + " destructive statement"
                + (statements.size() == 1 ? "" : "s") + " (" + String.join("; ", statements)
                + "): review the plan and allow destructive changes to proceed", null, null);
        this.statements = List.copyOf(statements);
    }

    public List<String> statements() {
        return statements;
    }
}
