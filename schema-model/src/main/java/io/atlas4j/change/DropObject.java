package io.atlas4j.change;

import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** Drops a schema object. */
public record DropObject(String schema, SchemaObject object) implements Change {
    public DropObject {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(object, "object");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropObject(this);
    }
}
