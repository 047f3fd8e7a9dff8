package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A column's {@code ON UPDATE} expression ({@code current_timestamp()}). */
public record OnUpdate(String expr) implements Attr {
    public OnUpdate {
        Objects.requireNonNull(expr, "expr");
    }
}
