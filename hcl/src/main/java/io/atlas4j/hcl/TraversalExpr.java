package io.atlas4j.hcl;

import java.util.List;

/**
 * A reference: {@code column.id}, {@code table.users.column.id}, {@code schema.public}, {@code var.x}, or a bare
 * keyword such as a type name ({@code int}). {@code names} holds each step, {@code [n]} and {@code ["k"]} steps
 * included as their text.
 */
public record TraversalExpr(List<String> names, Range range) implements Expr {
    public TraversalExpr {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty traversal");
        }
    }

    /** {@return the root name} */
    public String root() {
        return names.get(0);
    }

    /** {@return the reference as written with dots} */
    public String dotted() {
        return String.join(".", names);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.traversal(this);
    }
}
