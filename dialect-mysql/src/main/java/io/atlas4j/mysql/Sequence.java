package io.atlas4j.mysql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** A MariaDB sequence ({@code CREATE SEQUENCE}). */
public record Sequence(String name, long start, long minValue, long maxValue, long increment, long cache, boolean cycle,
                       Attrs attrs) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "sequence";
    }
}
