package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An enum type and its labels in sort order. */
public record PgEnum(String name, List<String> values, Attrs attrs) implements SchemaObject {
    public PgEnum {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");
        values = List.copyOf(values);
    }

    @Override
    public String kind() {
        return "enum";
    }
}
