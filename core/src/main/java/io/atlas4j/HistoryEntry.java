package io.atlas4j;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the schema history table: an apply, with the schema fingerprints before and after,
 * the statements that took effect, how long it took, and whether it succeeded.
 */
public record HistoryEntry(long id, Instant appliedAt, String fingerprintBefore, String fingerprintAfter,
                           List<String> statements, Duration duration, boolean success, Optional<String> error) {
    public HistoryEntry {
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(fingerprintBefore, "fingerprintBefore");
        Objects.requireNonNull(fingerprintAfter, "fingerprintAfter");
        statements = List.copyOf(statements);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(error, "error");
    }
}
