package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/**
 * A MariaDB column-level CHECK ({@code a int CHECK (a > 0)}). MariaDB keeps it with the column:
 * {@code MODIFY COLUMN} without it removes it and {@code DROP CONSTRAINT} cannot, so it is a
 * column attribute rather than a table {@link io.atlas4j.schema.Check}.
 */
public record ColumnCheck(String expr) implements Attr {
    public ColumnCheck {
        Objects.requireNonNull(expr, "expr");
    }
}
