package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** An index comment. */
public record IndexComment(String text) implements Attr {
    public IndexComment {
        Objects.requireNonNull(text, "text");
    }
}
