package io.atlas4j.postgres.internal;

import io.atlas4j.schema.Attr;

import java.util.Objects;

/**
 * Set by the diff hooks on a current constraint or index that the desired schema has under
 * another name, in the same shape: the planner renames it instead of dropping and re-creating it.
 * It exists only on the current side of a change, so the two sides no longer compare equal and
 * the differ reports a drop and an add, which the planner pairs again.
 */
record PgRenamedTo(String name) implements Attr {
    PgRenamedTo {
        Objects.requireNonNull(name, "name");
    }
}
