package io.atlas4j.schema;

import io.atlas4j.schema.type.ColumnType;
import java.util.Objects;
import java.util.Optional;

/** A table column. Nullability lives here, not on the type. */
public record Column(String name, ColumnType type, boolean nullable, Optional<Expr> defaultValue, Attrs attrs) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(attrs, "attrs");
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, Optional.empty(), Attrs.EMPTY);
    }

    public Column withName(String name) {
        return new Column(name, type, nullable, defaultValue, attrs);
    }

    public Column withType(ColumnType type) {
        return new Column(name, type, nullable, defaultValue, attrs);
    }

    public Column withNullable(boolean nullable) {
        return new Column(name, type, nullable, defaultValue, attrs);
    }

    public Column withDefault(Optional<Expr> defaultValue) {
        return new Column(name, type, nullable, defaultValue, attrs);
    }

    public Column withAttrs(Attrs attrs) {
        return new Column(name, type, nullable, defaultValue, attrs);
    }

    /** {@return the generation expression, when this is a generated column} */
    public Optional<Generated> generated() {
        return attrs.get(Generated.class);
    }
}
