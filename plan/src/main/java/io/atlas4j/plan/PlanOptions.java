package io.atlas4j.plan;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable planning options.
 *
 * @param qualifySchema        prefix object names with their schema (off for single-schema targets)
 * @param concurrentIndexes    build and drop indexes without blocking writes where the dialect can
 *                             (PostgreSQL {@code CONCURRENTLY}); such statements run outside a transaction
 * @param lockTimeout          a lock timeout to set before DDL, where the dialect supports one
 * @param fillNullsWithDefault when a column becomes NOT NULL, set its NULL values to the column's default
 *                             first; off by default, so rows holding NULL make the change fail rather
 *                             than change silently
 */
public record PlanOptions(boolean qualifySchema, boolean concurrentIndexes, Optional<Duration> lockTimeout,
                          boolean fillNullsWithDefault) {
    public PlanOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    public static PlanOptions defaults() {
        return new PlanOptions(false, false, Optional.empty(), false);
    }

    public PlanOptions withQualifySchema(boolean qualify) {
        return new PlanOptions(qualify, concurrentIndexes, lockTimeout, fillNullsWithDefault);
    }

    public PlanOptions withConcurrentIndexes(boolean concurrent) {
        return new PlanOptions(qualifySchema, concurrent, lockTimeout, fillNullsWithDefault);
    }

    public PlanOptions withLockTimeout(Duration timeout) {
        return new PlanOptions(qualifySchema, concurrentIndexes, Optional.of(timeout), fillNullsWithDefault);
    }

    public PlanOptions withFillNullsWithDefault(boolean fill) {
        return new PlanOptions(qualifySchema, concurrentIndexes, lockTimeout, fill);
    }
}
