package io.atlas4j.hcl;

/** One method per expression kind; Java 17 has no pattern switch over sealed types. */
public interface ExprVisitor<R> {
    R literal(LiteralExpr e);

    R template(TemplateExpr e);

    R list(ListExpr e);

    R object(ObjectExpr e);

    R traversal(TraversalExpr e);

    R call(CallExpr e);
}
