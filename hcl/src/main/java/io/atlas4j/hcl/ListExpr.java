package io.atlas4j.hcl;

import java.util.List;

/** A tuple constructor: {@code [a, b]}. */
public record ListExpr(List<Expr> items, Range range) implements Expr {
    public ListExpr {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.list(this);
    }
}
