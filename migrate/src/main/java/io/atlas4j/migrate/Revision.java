package io.atlas4j.migrate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the revision table: what became of one migration file on this database. The columns
 * are Atlas's ({@code atlas_schema_revisions}); for a Flyway directory they are read from and
 * written to {@code flyway_schema_history}.
 *
 * @param version         the file's version (empty for a Flyway repeatable migration)
 * @param description     the file's description
 * @param type            {@link #EXECUTE}, {@link #BASELINE} or {@link #RESOLVED} (Atlas's bit values)
 * @param applied         how many statements of the file took effect
 * @param total           how many statements the file has
 * @param executedAt      when it ran
 * @param executionTime   how long it ran
 * @param error           why it stopped, when it did
 * @param errorStatement  the statement that failed, when one did
 * @param hash            the file's hash when it ran (atlas.sum's per-file {@code h1:} hash, or Flyway's checksum)
 * @param partialHashes   the hashes of the statements that took effect, for resuming a file that stopped halfway
 * @param operatorVersion the tool that ran it
 */
public record Revision(String version, String description, int type, int applied, int total, Instant executedAt,
                       Duration executionTime, Optional<String> error, Optional<String> errorStatement, String hash,
                       List<String> partialHashes, String operatorVersion) {
    /** A baseline: stands for every file up to its version, none of which ran here. */
    public static final int BASELINE = 1;
    /** A file that ran (or ran partly). */
    public static final int EXECUTE = 2;
    /** A file marked applied by hand ({@code migrate set}), without running it. */
    public static final int RESOLVED = 4;

    public Revision {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(executedAt, "executedAt");
        Objects.requireNonNull(executionTime, "executionTime");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorStatement, "errorStatement");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(operatorVersion, "operatorVersion");
        partialHashes = List.copyOf(partialHashes);
    }

    /** {@return whether the file ran to its end without error, or counts as applied (baseline, set by hand)} */
    public boolean isComplete() {
        return error.isEmpty() && (type != EXECUTE || applied >= total);
    }

    /** {@return whether the file stopped partway (an error, or fewer statements than it has)} */
    public boolean isPartial() {
        return !isComplete();
    }
}
