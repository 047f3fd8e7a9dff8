package io.atlas4j.plan;

import java.time.Duration;
import java.util.Optional;

/**
 * Immutable planning options.
 *
 * @param qualifySchema  prefix object names with their schema (off for single-schema targets)
 * @param concurrentIndexes build and drop indexes without blocking writes where the dialect can
 *                       (PostgreSQL {@code CONCURRENTLY}); such statements run outside a transaction
 * @param lockTimeout    a lock timeout to set before DDL, where the dialect supports one
 */
public record PlanOptions(boolean qualifySchema, boolean concurrentIndexes, Optional<Duration> lockTimeout) {
    public PlanOptions {
        java.util.Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    public static PlanOptions defaults() {
        return new PlanOptions(false, false, Optional.empty());
    }

    public PlanOptions withQualifySchema(boolean qualify) {
        return new PlanOptions(qualify, concurrentIndexes, lockTimeout);
    }

    public PlanOptions withConcurrentIndexes(boolean concurrent) {
        return new PlanOptions(qualifySchema, concurrent, lockTimeout);
    }

    public PlanOptions withLockTimeout(Duration timeout) {
        return new PlanOptions(qualifySchema, concurrentIndexes, Optional.of(timeout));
    }
}
