package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A table's explicitly requested row format ({@code ROW_FORMAT=COMPACT}); the engine default is left out. */
public record RowFormat(String name) implements Attr {
    public RowFormat {
        Objects.requireNonNull(name, "name");
    }
}
