package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A table's partitioning clause, rebuilt from the catalog ({@code PARTITION BY RANGE (id) (...)}). */
public record Partitioning(String clause) implements Attr {
    public Partitioning {
        Objects.requireNonNull(clause, "clause");
    }
}
