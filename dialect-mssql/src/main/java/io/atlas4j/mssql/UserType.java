package io.atlas4j.mssql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/** A user-defined alias type ({@code CREATE TYPE name FROM base [NOT] NULL}). */
public record UserType(String name, String base, boolean nullable, Attrs attrs) implements SchemaObject {
    public UserType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "type";
    }
}
