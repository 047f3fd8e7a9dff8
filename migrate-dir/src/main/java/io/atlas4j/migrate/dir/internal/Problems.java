package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Checks shared by the format readers. */
final class Problems {
    private Problems() {
    }

    static DirectoryProblem nameMismatch(String file, String format, String expected) {
        return DirectoryProblem.inFile(DirectoryProblem.Kind.NAME_MISMATCH, file,
                "the file name does not follow the " + format + " format", "rename it " + expected);
    }

    static DirectoryProblem malformed(String file, int line, String message, String remedy) {
        return DirectoryProblem.atLine(DirectoryProblem.Kind.MALFORMED_CONTENT, file, line, message, remedy);
    }

    /**
     * Adds a problem for every file whose key (version, or description for repeatables) equals an
     * earlier file's under {@code order}, naming both files.
     */
    static void duplicates(List<MigrationFile> files, Function<MigrationFile, String> key, Comparator<String> order,
                           String what, List<DirectoryProblem> problems) {
        // A TreeMap on the format's order treats 1 and 1.0 as one key where the format does.
        Map<String, MigrationFile> seen = new TreeMap<>(order);
        for (MigrationFile f : files) {
            String k = key.apply(f);
            MigrationFile first = seen.putIfAbsent(k, f);
            if (first != null) {
                problems.add(DirectoryProblem.inFile(DirectoryProblem.Kind.DUPLICATE_VERSION, f.name(),
                        what + " \"" + k + "\" is also the " + what + " of " + first.name(),
                        "give one of the two files another " + what + " (each " + what + " runs once)"));
            }
        }
    }
}
