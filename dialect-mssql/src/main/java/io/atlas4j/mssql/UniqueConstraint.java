package io.atlas4j.mssql;

import io.atlas4j.schema.Attr;

/**
 * Marks a unique index that is a {@code UNIQUE} constraint rather than a {@code CREATE UNIQUE INDEX}.
 * Derived: both enforce the same rule, so switching between them is no change; the planner picks the spelling.
 */
public record UniqueConstraint() implements Attr.Derived {
}
