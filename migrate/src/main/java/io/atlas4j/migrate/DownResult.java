package io.atlas4j.migrate;

import io.atlas4j.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate down} did.
 *
 * @param from     the version before
 * @param to       the version now (empty: no file applied any more)
 * @param reverted the versions reverted, newest first
 * @param plan     the statements that took the schema back, planned against the directory's earlier state
 * @param dryRun   whether nothing was run
 */
public record DownResult(Optional<String> from, Optional<String> to, List<String> reverted, Plan plan, boolean dryRun) {
    public DownResult {
        reverted = List.copyOf(reverted);
    }
}
