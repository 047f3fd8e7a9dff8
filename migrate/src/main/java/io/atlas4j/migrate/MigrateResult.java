package io.atlas4j.migrate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate apply} did.
 *
 * @param from    the version the database was at before, empty for a new database
 * @param to      the version it is at now (in a dry run: would be)
 * @param files   the files run, in order; empty when there was nothing to do
 * @param dryRun  whether nothing was run
 * @param took    the whole apply, lock wait included
 */
public record MigrateResult(Optional<String> from, Optional<String> to, List<AppliedFile> files, boolean dryRun, Duration took) {
    public MigrateResult {
        files = List.copyOf(files);
    }

    /** {@return whether nothing was pending} */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** {@return the number of statements run (or, in a dry run, to run)} */
    public int statementCount() {
        return files.stream().mapToInt(f -> f.statements().size()).sum();
    }
}
