package io.atlas4j.plan.lint;

import java.util.Objects;

/**
 * A drop and an add of the same shape that may be a rename. atlas4j never acts on it: a rename
 * is planned only when a hint declares it.
 *
 * @param table for a column: the table (its desired name); for a table: the new name
 */
public record RenameSuggestion(Kind kind, String table, String from, String to) {
    public enum Kind { TABLE, COLUMN }

    public RenameSuggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** {@return the annotation that declares the rename in the desired SQL} */
    public String annotation() {
        return "-- atlas:renamed-from " + from;
    }

    /** {@return a sentence saying what looks renamed and how to declare it} */
    public String message() {
        if (kind == Kind.TABLE) {
            return "table \"" + from + "\" is dropped and \"" + to + "\" created with the same columns: if it was renamed, add \""
                    + annotation() + "\" to the CREATE TABLE " + to + " line (or DiffOptions.renameTable(\"" + from + "\", \"" + to
                    + "\")) so its rows are kept";
        }
        return "column \"" + from + "\" of \"" + table + "\" is dropped and \"" + to + "\" added with the same type: if it was renamed, add \""
                + annotation() + "\" to the line of column " + to + " (or DiffOptions.renameColumn(\"" + table + "\", \"" + from
                + "\", \"" + to + "\")) so its values are kept";
    }

    @Override
    public String toString() {
        return message();
    }
}
