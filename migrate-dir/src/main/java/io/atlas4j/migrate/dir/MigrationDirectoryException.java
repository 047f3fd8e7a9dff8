package io.atlas4j.migrate.dir;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import io.atlas4j.error.Origin;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A migration directory that cannot be used as it is. Carries every problem found, not just the
 * first, so one run shows the user everything to fix. Unchecked, with the error code
 * {@link AtlasErrorCode#INVALID_INPUT} ({@link AtlasErrorCode#CHECKSUM_MISMATCH} for a tampered
 * directory) and, as its origin, the first problem's file and line; tools match on
 * {@link DirectoryProblem#kind()}.
 */
public sealed class MigrationDirectoryException extends AtlasException permits ChecksumMismatchException {
    private static final long serialVersionUID = 1L;

    private final transient List<DirectoryProblem> problems;

    /**
     * @param directory where the files come from (a path, or a label for in-memory entries)
     * @param problems  at least one problem
     */
    public MigrationDirectoryException(String directory, List<DirectoryProblem> problems) {
        this(AtlasErrorCode.INVALID_INPUT, directory, problems);
    }

    MigrationDirectoryException(AtlasErrorCode code, String directory, List<DirectoryProblem> problems) {
        super(code, message(directory, problems), origin(problems), null);
        this.problems = List.copyOf(problems);
    }

    private static Origin origin(List<DirectoryProblem> problems) {
        DirectoryProblem first = problems.get(0);
        return first.file().map(f -> new Origin(f, first.line().orElse(0), 0)).orElse(null);
    }

    /** {@return every problem found, in file order} */
    public List<DirectoryProblem> problems() {
        return problems;
    }

    private static String message(String directory, List<DirectoryProblem> problems) {
        if (problems.isEmpty()) throw new IllegalArgumentException("a MigrationDirectoryException needs a problem");
        String where = directory.isEmpty() ? "migration directory" : "migration directory " + directory;
        if (problems.size() == 1) return where + ": " + problems.get(0);
        return where + " has " + problems.size() + " problems:" + problems.stream()
                .map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
