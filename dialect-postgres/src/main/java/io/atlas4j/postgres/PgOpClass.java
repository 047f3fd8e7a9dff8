package io.atlas4j.postgres;


/** A non-default operator class of an index part ({@code text_pattern_ops}). */
public record PgOpClass(String name) implements io.atlas4j.schema.Attr {
    public PgOpClass {
        java.util.Objects.requireNonNull(name, "name");
    }
}
