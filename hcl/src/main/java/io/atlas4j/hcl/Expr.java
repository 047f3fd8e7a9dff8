package io.atlas4j.hcl;

/** An HCL2 expression as written, with its range. */
public sealed interface Expr permits LiteralExpr, TemplateExpr, ListExpr, ObjectExpr, TraversalExpr, CallExpr {
    Range range();

    /** {@return a visitor's result for this expression} */
    <R> R accept(ExprVisitor<R> visitor);
}
