package io.atlas4j.change;

import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** Creates a schema object (trigger, sequence, type, function, ...). */
public record AddObject(String schema, SchemaObject object) implements Change {
    public AddObject {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(object, "object");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addObject(this);
    }
}
