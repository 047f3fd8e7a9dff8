package io.atlas4j.postgres;


/** A materialized view, with the {@code CREATE INDEX} statements of its indexes (sorted). */
public record PgMaterialized(java.util.List<String> indexes) implements io.atlas4j.schema.Attr {
    public PgMaterialized {
        indexes = indexes.stream().sorted().toList();
    }
}
