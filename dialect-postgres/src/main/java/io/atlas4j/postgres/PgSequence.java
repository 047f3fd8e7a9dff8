package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;

import java.util.Objects;
import java.util.Optional;

/** A sequence that no column owns implicitly (serial and identity sequences belong to their columns). {@code ownedBy} is {@code table.column} when set with {@code OWNED BY}; the planner sets it after the tables exist. */
public record PgSequence(String name, String type, long start, long increment, long min, long max, long cache, boolean cycle,
                         Optional<String> ownedBy, Attrs attrs) implements SchemaObject {
    public PgSequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ownedBy, "ownedBy");
    }

    @Override
    public String kind() {
        return "sequence";
    }

}
