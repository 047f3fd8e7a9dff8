package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A non-B-tree index kind: {@code FULLTEXT}, {@code SPATIAL} or {@code HASH}. */
public record IndexType(String name) implements Attr {
    public IndexType {
        Objects.requireNonNull(name, "name");
    }
}
