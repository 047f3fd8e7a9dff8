package io.atlas4j.postgres;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An installed extension; its version is left out of comparison, as the server picks the default one. */
public record PgExtension(String name, Attrs attrs) implements SchemaObject {
    public PgExtension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attrs, "attrs");

    }

    @Override
    public String kind() {
        return "extension";
    }
}
