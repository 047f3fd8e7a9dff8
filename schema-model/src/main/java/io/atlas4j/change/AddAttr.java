package io.atlas4j.change;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** Adds a table attribute (comment, engine, options). */
public record AddAttr(Attr attr) implements TableChange {
    public AddAttr {
        Objects.requireNonNull(attr, "attr");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addAttr(this);
    }
}
