package io.atlas4j.sqlite;

import java.util.Locale;
import java.util.Objects;

/**
 * A constraint's {@code ON CONFLICT} resolution ({@code ROLLBACK}, {@code FAIL}, {@code IGNORE},
 * {@code REPLACE}; {@code ABORT} is the default). On a column it belongs to its NOT NULL constraint;
 * on the primary key or a unique constraint (an index) to that constraint.
 */
public record SqliteOnConflict(String action) implements io.atlas4j.schema.Attr {
    public SqliteOnConflict {
        action = Objects.requireNonNull(action, "action").toUpperCase(Locale.ROOT);
    }
}
