package io.atlas4j.postgres;


/** The partition key of a partitioned table, as {@code pg_get_partkeydef} spells it ({@code RANGE (created)}). */
public record PgPartitionKey(String definition) implements io.atlas4j.schema.Attr {
    public PgPartitionKey {
        java.util.Objects.requireNonNull(definition, "definition");
    }
}
