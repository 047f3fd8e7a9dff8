package io.atlas4j.plan;

import io.atlas4j.change.Change;
import java.util.List;

/**
 * Turns changes into an ordered plan of SQL statements for one dialect. Planners are stateless
 * and shareable: each call builds its own state. A change the dialect cannot express raises
 * {@link io.atlas4j.error.UnsupportedChangeException} with a remedy; nothing is dropped silently.
 */
public interface Planner {
    Plan plan(List<Change> changes, PlanOptions options);

    default Plan plan(List<Change> changes) {
        return plan(changes, PlanOptions.defaults());
    }
}
