package io.atlas4j.change;

import io.atlas4j.schema.Schema;
import java.util.Objects;

/** Drops a schema and everything in it. */
public record DropSchema(Schema schema) implements Change {
    public DropSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropSchema(this);
    }
}
