package io.atlas4j.change;

import io.atlas4j.schema.View;
import java.util.Objects;

/** Replaces a view's definition or attributes. */
public record ModifyView(String schema, View from, View to) implements Change {
    public ModifyView {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyView(this);
    }
}
