package io.atlas4j.error;

import java.util.Objects;

/** A position in a source file; prints as {@code schema.sql:12:5} (column 0 means unknown). */
public record Origin(String file, int line, int column) {
    public Origin {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
