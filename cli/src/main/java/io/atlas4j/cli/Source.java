package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.DatabaseUrl;
import java.nio.file.Path;
import java.util.Objects;

/** A schema source on the command line: a database URL, or {@code file://path} to a .sql file or directory. */
record Source(String raw) {
    private static final String FILE = "file://";

    Source {
        Objects.requireNonNull(raw, "raw");
        if (raw.isBlank()) throw new InvalidInputException("empty schema source: give a database URL or file://path");
    }

    boolean isFile() {
        return raw.startsWith(FILE);
    }

    Path path() {
        String p = raw.substring(FILE.length());
        if (p.isEmpty()) throw new InvalidInputException("file:// source without a path: use file://schema.sql or file://dir");
        return Path.of(p);
    }

    @Override
    public String toString() {
        return DatabaseUrl.mask(raw);
    }
}
