package io.atlas4j.schema;

import java.util.Objects;

/** A collation on a schema, table, column or index part. */
public record Collation(String name) implements Attr {
    public Collation {
        Objects.requireNonNull(name, "name");
    }
}
