package io.atlas4j.postgres;


/** A serial column: its default draws from a sequence owned by the column ({@code serial}, {@code bigserial}). */
public record PgSerial(String sequence) implements io.atlas4j.schema.Attr {
    public PgSerial {
        java.util.Objects.requireNonNull(sequence, "sequence");
    }
}
