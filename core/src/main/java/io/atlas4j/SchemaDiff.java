package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.spi.Dialect;
import java.util.List;

/** The difference between two schemas; a step of {@link Atlas#diff}. Immutable. */
public interface SchemaDiff {
    /** {@return the changes from current to desired, with the dialect's normalization when one is known} */
    List<Change> changes();

    default boolean isEmpty() {
        return changes().isEmpty();
    }

    /** {@return the same diff under other options (skipped change kinds, rename hints)} */
    SchemaDiff with(DiffOptions options);

    /** {@return the ordered statements that take current to desired in this dialect} */
    Plan plan(Dialect dialect, PlanOptions options);

    default Plan plan(Dialect dialect) {
        return plan(dialect, PlanOptions.defaults());
    }
}
