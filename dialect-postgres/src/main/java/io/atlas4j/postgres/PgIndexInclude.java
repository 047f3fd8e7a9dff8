package io.atlas4j.postgres;


/** The non-key columns of an index: {@code INCLUDE (a, b)}. */
public record PgIndexInclude(java.util.List<String> columns) implements io.atlas4j.schema.Attr {
    public PgIndexInclude {
        columns = java.util.List.copyOf(columns);
    }
}
