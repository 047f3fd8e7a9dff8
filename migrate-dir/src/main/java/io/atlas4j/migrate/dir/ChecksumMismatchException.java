package io.atlas4j.migrate.dir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The directory's files no longer match its {@code atlas.sum}: a migration file was changed,
 * added or removed since the sum was written. Applied migrations must not change, so this stops a
 * run before anything executes.
 */
public final class ChecksumMismatchException extends MigrationDirectoryException {
    private static final long serialVersionUID = 1L;

    /** What to do: accept the change by rewriting the sum, or undo it. */
    public static final String REMEDY = "run \"atlas4j migrate hash\" if the change is intended, "
            + "otherwise restore the files (a migration that was applied must not change)";

    private final transient List<SumDifference> differences;

    /**
     * @param directory   where the files come from
     * @param differences the files that explain the mismatch (may be empty when none can be named)
     */
    public ChecksumMismatchException(String directory, List<SumDifference> differences) {
        super(io.atlas4j.error.AtlasErrorCode.CHECKSUM_MISMATCH, directory, List.of(DirectoryProblem.inFile(DirectoryProblem.Kind.SUM_MISMATCH, SumFile.NAME,
                describe(differences), REMEDY)));
        this.differences = List.copyOf(differences);
    }

    /** {@return the files that were changed, added or removed, in file order} */
    public List<SumDifference> differences() {
        return differences;
    }

    private static String describe(List<SumDifference> differences) {
        if (differences.isEmpty()) return "the files do not match the sums recorded in it";
        String listed = differences.stream().map(SumDifference::toString).collect(Collectors.joining(", "));
        boolean changed = differences.stream().anyMatch(d -> d.kind() == SumDifference.Kind.CHANGED);
        return "the files do not match it: " + listed
                + (changed ? " (files after a changed one cannot be checked separately)" : "");
    }
}
