package io.atlas4j.schema;

/** An SQL expression as the database spells it: a constant literal or any other expression. */
public sealed interface Expr permits Literal, RawExpr {
    /** {@return the SQL text of this expression} */
    String sql();
}
