package io.atlas4j.change;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** Changes a table attribute. */
public record ModifyAttr(Attr from, Attr to) implements TableChange {
    public ModifyAttr {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyAttr(this);
    }
}
