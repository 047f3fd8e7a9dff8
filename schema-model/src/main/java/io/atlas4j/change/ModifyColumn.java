package io.atlas4j.change;

import io.atlas4j.schema.Column;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Changes a column; {@code aspects} says which parts differ. */
public record ModifyColumn(Column from, Column to, Set<ColumnAspect> aspects) implements TableChange {
    public ModifyColumn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        aspects = Collections.unmodifiableSet(aspects.isEmpty() ? EnumSet.noneOf(ColumnAspect.class) : EnumSet.copyOf(aspects));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.modifyColumn(this);
    }
}
