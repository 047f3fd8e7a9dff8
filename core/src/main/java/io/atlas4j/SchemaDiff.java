package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.spi.Dialect;
import java.util.List;
import java.util.Optional;

/** The difference between two schemas; a step of {@link Atlas#diff}. Immutable. */
public interface SchemaDiff {
    /** {@return the changes from current to desired, with the normalization of the dialect that read the schemas} */
    List<Change> changes();

    default boolean isEmpty() {
        return changes().isEmpty();
    }

    /** {@return the dialect whose normalization the changes use: the one that read the schemas, when atlas4j read them} */
    Optional<Dialect> dialect();

    /** {@return the same diff under other options (skipped change kinds, rename hints)} */
    SchemaDiff with(DiffOptions options);

    /**
     * {@return the ordered statements that take current to desired in this dialect} Schemas that
     * atlas4j did not read are compared with this dialect's normalization.
     *
     * @throws InvalidInputException when the schemas were read by another dialect
     */
    Plan plan(Dialect dialect, PlanOptions options);

    default Plan plan(Dialect dialect) {
        return plan(dialect, PlanOptions.defaults());
    }

    /** {@return the plan in the dialect that read the schemas} */
    default Plan plan() {
        return plan(dialect().orElseThrow(() -> new InvalidInputException(
                "no dialect known for these schemas (atlas4j did not read them): name one, diff.plan(dialect)")));
    }
}
