package io.atlas4j.hcl;

import java.util.List;

/** A function call: {@code sql("now()")}, or a parameterised type such as {@code varchar(255)}. */
public record CallExpr(String name, List<Expr> args, Range nameRange, Range range) implements Expr {
    public CallExpr {
        args = List.copyOf(args);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.call(this);
    }
}
