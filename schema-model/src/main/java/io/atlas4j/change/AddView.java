package io.atlas4j.change;

import io.atlas4j.schema.View;
import java.util.Objects;

/** Creates a view. */
public record AddView(String schema, View view) implements Change {
    public AddView {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(view, "view");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addView(this);
    }
}
