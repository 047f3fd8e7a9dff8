package io.atlas4j.hcl;

import java.math.BigDecimal;

/** A number ({@link BigDecimal}), {@code true}/{@code false} ({@link Boolean}) or {@code null} (a null value). */
public record LiteralExpr(Object value, Range range) implements Expr {
    public LiteralExpr {
        if (value != null && !(value instanceof BigDecimal) && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("not an HCL literal: " + value.getClass().getName());
        }
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.literal(this);
    }
}
