package io.atlas4j.schema;

import java.util.Objects;

/** A comment on a table, column, view or other object. */
public record Comment(String text) implements Attr {
    public Comment {
        Objects.requireNonNull(text, "text");
    }
}
