package io.atlas4j.hcl;

import java.util.List;

/** An object constructor: {@code { key = value, ... }}. */
public record ObjectExpr(List<Item> items, Range range) implements Expr {
    public ObjectExpr {
        items = List.copyOf(items);
    }

    /** One {@code key = value} pair; the key is a bare name ({@link TraversalExpr} of one name) or any expression. */
    public record Item(Expr key, Expr value) {
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.object(this);
    }
}
