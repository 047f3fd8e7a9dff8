package io.atlas4j.change;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** Removes a table attribute. */
public record DropAttr(Attr attr) implements TableChange {
    public DropAttr {
        Objects.requireNonNull(attr, "attr");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropAttr(this);
    }
}
