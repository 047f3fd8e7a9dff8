package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A table's storage engine ({@code InnoDB}, {@code MyISAM}, {@code Aria}). */
public record Engine(String name) implements Attr {
    public Engine {
        Objects.requireNonNull(name, "name");
    }
}
