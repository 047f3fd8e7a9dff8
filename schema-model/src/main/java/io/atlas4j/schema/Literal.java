package io.atlas4j.schema;

import java.util.Objects;

/** A constant literal, kept as SQL text ({@code 'abc'}, {@code 42}, {@code NULL}). */
public record Literal(String sql) implements Expr {
    public Literal {
        Objects.requireNonNull(sql, "sql");
    }
}
