package io.atlas4j.postgres;

/** A table that inherits the columns of {@code parents} ({@code INHERITS (...)}), in declaration order. */
public record PgInherits(java.util.List<String> parents) implements io.atlas4j.schema.Attr {
    public PgInherits {
        parents = java.util.List.copyOf(parents);
    }
}
