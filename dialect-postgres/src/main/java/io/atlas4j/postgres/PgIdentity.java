package io.atlas4j.postgres;


/** An identity column, {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}, with its sequence options. */
public record PgIdentity(boolean always, long start, long increment, long min, long max, long cache, boolean cycle)
        implements io.atlas4j.schema.Attr {
}
