package io.atlas4j.schema;

import java.util.Objects;

/** A CHECK constraint. An empty name means the database gave it none. */
public record Check(String name, String expr, Attrs attrs) {
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(attrs, "attrs");
    }

    public Check withName(String name) {
        return new Check(name, expr, attrs);
    }
}
