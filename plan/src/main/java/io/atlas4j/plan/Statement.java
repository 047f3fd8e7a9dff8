package io.atlas4j.plan;

import io.atlas4j.change.Edit;
import java.util.List;
import java.util.Objects;

/**
 * One planned statement: its SQL, a human comment, the statements that undo it (empty when it
 * cannot be undone), the change that caused it, and whether it may run inside a transaction.
 */
public record Statement(String sql, String comment, List<String> reverse, Edit source, boolean transactional) {
    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(comment, "comment");
        reverse = List.copyOf(reverse);
        Objects.requireNonNull(source, "source");
    }

    public static Statement of(String sql, String comment, Edit source) {
        return new Statement(sql, comment, List.of(), source, true);
    }

    public static Statement of(String sql, String comment, String reverse, Edit source) {
        return new Statement(sql, comment, reverse == null ? List.of() : List.of(reverse), source, true);
    }

    public boolean isReversible() {
        return !reverse.isEmpty();
    }

    /** {@return whether the statement may destroy data (drops, narrowing rebuilds)} */
    public boolean isDestructive() {
        return Edits.isDestructive(source);
    }
}
