package io.atlas4j;

import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.RenameSuggestion;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link SchemaBootstrap} run did.
 *
 * @param status            whether the database was already up to date or a plan was applied
 * @param fingerprintBefore the schema's fingerprint when the decision was made (under the lock)
 * @param fingerprintAfter  after the apply; equal to before when nothing was applied
 * @param plan              what was applied (empty when up to date)
 * @param applied           the statements that took effect
 * @param lint              the lint findings for the plan
 * @param suggestions       drop + add pairs that look like renames (never acted on)
 * @param lockWait          how long the lock took to get (zero when it was not needed)
 * @param elapsed           the whole run
 */
public record BootstrapResult(Status status, String fingerprintBefore, String fingerprintAfter, Plan plan,
                              List<Statement> applied, LintReport lint, List<RenameSuggestion> suggestions,
                              Duration lockWait, Duration elapsed) {
    public enum Status { UP_TO_DATE, APPLIED }

    public BootstrapResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        applied = List.copyOf(applied);
        Objects.requireNonNull(lint, "lint");
        suggestions = List.copyOf(suggestions);
    }

    public boolean wasApplied() {
        return status == Status.APPLIED;
    }
}
