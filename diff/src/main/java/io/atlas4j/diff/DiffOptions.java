package io.atlas4j.diff;

import io.atlas4j.change.Edit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable diff options: change kinds to skip, and rename hints. Every wither returns a new value.
 * A rename is planned only when a hint names it; the differ never guesses.
 */
public record DiffOptions(Set<Class<? extends Edit>> skip, Map<String, String> tableRenames,
                          Map<String, Map<String, String>> columnRenames) {
    public DiffOptions {
        skip = Set.copyOf(skip);
        tableRenames = Map.copyOf(tableRenames);
        columnRenames = Map.copyOf(columnRenames);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(Set.of(), Map.of(), Map.of());
    }

    @SafeVarargs
    public final DiffOptions skip(Class<? extends Edit>... kinds) {
        var next = new java.util.HashSet<>(skip);
        next.addAll(List.of(kinds));
        return new DiffOptions(next, tableRenames, columnRenames);
    }

    /** Declares that desired table {@code to} is current table {@code from}, renamed. */
    public DiffOptions renameTable(String from, String to) {
        var next = new java.util.HashMap<>(tableRenames);
        next.put(to, from);
        return new DiffOptions(skip, next, columnRenames);
    }

    /** Declares that column {@code to} of desired table {@code table} is column {@code from}, renamed. */
    public DiffOptions renameColumn(String table, String from, String to) {
        var next = new java.util.HashMap<>(columnRenames);
        var cols = new java.util.HashMap<>(next.getOrDefault(table, Map.of()));
        cols.put(to, from);
        next.put(table, cols);
        return new DiffOptions(skip, tableRenames, next);
    }

    /** {@return the current name of desired table {@code to}, when a rename hint names it} */
    public Optional<String> renamedTableFrom(String to) {
        return Optional.ofNullable(tableRenames.get(to));
    }

    public Optional<String> renamedColumnFrom(String table, String to) {
        return Optional.ofNullable(columnRenames.getOrDefault(table, Map.of()).get(to));
    }

    public boolean skips(Edit edit) {
        if (skip.isEmpty()) return false;
        for (Class<? extends Edit> k : skip) if (k.isInstance(edit)) return true;
        return false;
    }

    /** {@return the given options merged: skips and hints of both} */
    public DiffOptions merge(DiffOptions other) {
        var s = new java.util.HashSet<>(skip);
        s.addAll(other.skip);
        var t = new java.util.HashMap<>(tableRenames);
        t.putAll(other.tableRenames);
        var c = new java.util.HashMap<>(columnRenames);
        other.columnRenames.forEach((k, v) -> {
            var m = new java.util.HashMap<>(c.getOrDefault(k, Map.of()));
            m.putAll(v);
            c.put(k, m);
        });
        return new DiffOptions(s, t, c);
    }
}
