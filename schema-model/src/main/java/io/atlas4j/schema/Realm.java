package io.atlas4j.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything a connection can see: one or more schemas. */
public record Realm(List<Schema> schemas, Attrs attrs) {
    public Realm {
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(attrs, "attrs");
    }

    public static Realm of(Schema... schemas) {
        return new Realm(List.of(schemas), Attrs.EMPTY);
    }

    public Optional<Schema> schema(String name) {
        for (Schema s : schemas) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }
}
