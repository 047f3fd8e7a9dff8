package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.RenameSuggestion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan bound to the fingerprint of the schema it was computed from. Applying it through
 * {@link SchemaBootstrap#apply(ApprovedPlan)} refuses with a {@link io.atlas4j.error.ConflictException}
 * when the database no longer has that schema.
 *
 * <p>{@code desired} is the desired schema the plan was computed against, when known: applying reuses it
 * rather than loading the source again, so a program (ext://) or an entity export (jpa://) runs once per
 * plan-and-apply, and the apply checks against exactly what was reviewed.
 */
public record ApprovedPlan(String fingerprint, List<Change> changes, Plan plan, LintReport lint,
                           List<RenameSuggestion> suggestions, Optional<DesiredSchema> desired) {
    public ApprovedPlan {
        Objects.requireNonNull(fingerprint, "fingerprint");
        changes = List.copyOf(changes);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(lint, "lint");
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(desired, "desired");
    }

    /** A plan whose desired schema is not carried: applying it loads the desired schema again. */
    public ApprovedPlan(String fingerprint, List<Change> changes, Plan plan, LintReport lint, List<RenameSuggestion> suggestions) {
        this(fingerprint, changes, plan, lint, suggestions, Optional.empty());
    }

    /** {@return the same approval, for a narrower set of changes and their plan (a filter applied after planning)} */
    public ApprovedPlan withChanges(List<Change> kept, Plan keptPlan) {
        return new ApprovedPlan(fingerprint, kept, keptPlan, lint, kept.isEmpty() ? List.of() : suggestions, desired);
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }
}
