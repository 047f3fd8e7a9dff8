package io.atlas4j.change;

import io.atlas4j.schema.Schema;
import java.util.Objects;

/** Changes schema-level attributes (charset, collation, comment). */
public record ModifySchema(Schema from, Schema to) implements Change {
    public ModifySchema {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifySchema(this);
    }
}
