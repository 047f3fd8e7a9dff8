package io.atlas4j.postgres;


/** A table that is a partition of {@code parent}, with its bound ({@code FOR VALUES FROM (...) TO (...)} or {@code DEFAULT}). */
public record PgPartitionOf(String parent, String bound) implements io.atlas4j.schema.Attr {
    public PgPartitionOf {
        java.util.Objects.requireNonNull(parent, "parent");
        java.util.Objects.requireNonNull(bound, "bound");
    }
}
