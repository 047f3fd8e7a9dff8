package io.atlas4j.schema;

import java.util.Objects;

/** The WHERE clause of a partial index. */
public record IndexPredicate(String sql) implements Attr {
    public IndexPredicate {
        Objects.requireNonNull(sql, "sql");
    }
}
