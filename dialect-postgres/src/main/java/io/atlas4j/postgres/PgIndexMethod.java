package io.atlas4j.postgres;


/** The access method of an index ({@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash}). */
public record PgIndexMethod(String name) implements io.atlas4j.schema.Attr {
    public PgIndexMethod {
        java.util.Objects.requireNonNull(name, "name");
    }
}
