package io.atlas4j.change;

import io.atlas4j.schema.Schema;
import java.util.Objects;

/** Creates a schema with everything in it. */
public record AddSchema(Schema schema) implements Change {
    public AddSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addSchema(this);
    }
}
