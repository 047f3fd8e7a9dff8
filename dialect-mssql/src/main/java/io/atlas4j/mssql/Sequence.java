package io.atlas4j.mssql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** A sequence ({@code sys.sequences}); {@code cache} 0 means {@code NO CACHE}, -1 the server's default. */
public record Sequence(String name, String type, long start, long increment, long min, long max, boolean cycle, long cache,
                       Attrs attrs) implements SchemaObject {
    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "sequence";
    }
}
