package io.atlas4j.plan;

import io.atlas4j.change.Change;
import io.atlas4j.schema.Realm;
import java.util.List;
import java.util.Objects;

/**
 * What a plan was computed from, and with: the schemas atlas4j read (current and desired), the
 * changes between them and the planning options. An apply uses it to check, under the schema lock,
 * that the database still holds {@code current} (or already holds {@code desired}) and that no
 * stored row makes a change fail, before anything runs.
 */
public record PlanBasis(Realm current, Realm desired, List<Change> changes, PlanOptions options) {
    public PlanBasis {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        changes = List.copyOf(changes);
        Objects.requireNonNull(options, "options");
    }
}
