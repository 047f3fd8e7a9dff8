package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.RenameSuggestion;
import java.util.List;
import java.util.Objects;

/**
 * A plan bound to the fingerprint of the schema it was computed from. Applying it through
 * {@link SchemaBootstrap#apply(ApprovedPlan)} refuses with a {@link io.atlas4j.error.ConflictException}
 * when the database no longer has that schema.
 */
public record ApprovedPlan(String fingerprint, List<Change> changes, Plan plan, LintReport lint,
                           List<RenameSuggestion> suggestions) {
    public ApprovedPlan {
        Objects.requireNonNull(fingerprint, "fingerprint");
        changes = List.copyOf(changes);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(lint, "lint");
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
