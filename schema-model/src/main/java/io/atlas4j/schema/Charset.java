package io.atlas4j.schema;

import java.util.Objects;

/** A character set on a schema, table or column. */
public record Charset(String name) implements Attr {
    public Charset {
        Objects.requireNonNull(name, "name");
    }
}
