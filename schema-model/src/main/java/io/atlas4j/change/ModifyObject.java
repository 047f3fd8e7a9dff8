package io.atlas4j.change;

import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** Changes a schema object. */
public record ModifyObject(String schema, SchemaObject from, SchemaObject to) implements Change {
    public ModifyObject {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyObject(this);
    }
}
