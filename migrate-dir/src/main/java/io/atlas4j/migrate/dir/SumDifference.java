package io.atlas4j.migrate.dir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One file that differs between a directory and its {@code atlas.sum}.
 *
 * @param kind how it differs
 * @param file its name
 */
public record SumDifference(Kind kind, String file) {

    /** How a file differs from what {@code atlas.sum} recorded. */
    public enum Kind {
        /** Its content changed. */
        CHANGED,
        /** It is new: {@code atlas.sum} does not list it. */
        ADDED,
        /** It is gone: {@code atlas.sum} lists it. */
        REMOVED
    }

    public SumDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
    }

    /**
     * {@return the files that explain why {@code current} differs from {@code recorded}, in file
     * order} Added and removed files are found by name. Because each file's hash chains from the
     * files before it, only the first file whose hash differs, and which no earlier added or
     * removed file explains, can be named as changed; files after it cannot be told apart.
     */
    public static List<SumDifference> between(SumFile recorded, SumFile current) {
        Map<String, String> was = new HashMap<>();
        recorded.entries().forEach(e -> was.put(e.name(), e.hash()));
        Set<String> now = new HashSet<>();
        current.entries().forEach(e -> now.add(e.name()));

        List<String> names = new ArrayList<>(was.keySet());
        for (String n : now) if (!was.containsKey(n)) names.add(n);
        names.sort(SumFile.NAME_ORDER);

        Map<String, String> is = new HashMap<>();
        current.entries().forEach(e -> is.put(e.name(), e.hash()));
        List<SumDifference> out = new ArrayList<>();
        boolean explained = false;
        for (String n : names) {
            if (!now.contains(n)) {
                out.add(new SumDifference(Kind.REMOVED, n));
                explained = true;
            } else if (!was.containsKey(n)) {
                out.add(new SumDifference(Kind.ADDED, n));
                explained = true;
            } else if (!explained && !was.get(n).equals(is.get(n))) {
                out.add(new SumDifference(Kind.CHANGED, n));
                explained = true;
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return file + " was " + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
