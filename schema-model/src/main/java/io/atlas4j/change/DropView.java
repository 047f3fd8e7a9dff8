package io.atlas4j.change;

import io.atlas4j.schema.View;
import java.util.Objects;

/** Drops a view. */
public record DropView(String schema, View view) implements Change {
    public DropView {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(view, "view");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropView(this);
    }
}
