package io.atlas4j.schema;

import java.util.Objects;

/** Any expression that is not a constant literal ({@code CURRENT_TIMESTAMP}, {@code (a + 1)}). */
public record RawExpr(String sql) implements Expr {
    public RawExpr {
        Objects.requireNonNull(sql, "sql");
    }
}
