package io.atlas4j;

import io.atlas4j.plan.Statement;
import java.time.Duration;
import java.util.List;

/** What an apply did: the statements executed (none on a dry run) and how long it took. */
public record ApplyResult(List<Statement> applied, boolean dryRun, Duration elapsed) {
    public ApplyResult {
        applied = List.copyOf(applied);
    }
}
