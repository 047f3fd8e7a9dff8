package io.atlas4j.error;

import java.util.List;

/**
 * Rows already in the database would make planned changes fail: NULLs in a column made NOT NULL,
 * duplicates under a new unique key, rows without a value for a new NOT NULL column. Found before
 * anything ran, so nothing was applied. {@link #problems()} has one line per change, with its count.
 */
public final class StoredDataException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public StoredDataException(List<String> problems) {
        super(AtlasErrorCode.STORED_DATA, "refusing to apply: stored rows would make " + problems.size() + " change"
                + (problems.size() == 1 ? "" : "s") + " fail: " + String.join("; ", problems) + "; nothing was applied", null, null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
