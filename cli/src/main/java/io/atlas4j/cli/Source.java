package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.DatabaseUrl;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A schema source on the command line: a database URL to inspect, or DDL to load into a dev database —
 * {@code file://path} to a .sql/.hcl file or directory, {@code ext://command args} (a program that prints DDL),
 * or {@code jpa://package?classpath=...} (JPA entities through Hibernate's schema export).
 */
record Source(String raw) {
    private static final String FILE = "file://";
    static final String EXTERNAL = "ext://";
    static final String JPA = "jpa://";

    Source {
        Objects.requireNonNull(raw, "raw");
        if (raw.isBlank()) throw new InvalidInputException("empty schema source: give a database URL or file://path");
    }

    /** {@return whether this source is DDL loaded through a dev database rather than a database to inspect} */
    boolean isFile() {
        return isPath() || raw.startsWith(EXTERNAL) || raw.startsWith(JPA);
    }

    /** {@return whether this source is a {@code file://} path} */
    boolean isPath() {
        return raw.startsWith(FILE);
    }

    Path path() {
        if (!isPath()) throw new InvalidInputException(this + " is not a file:// source");
        String p = raw.substring(FILE.length());
        if (p.isEmpty()) throw new InvalidInputException("file:// source without a path: use file://schema.sql or file://dir");
        return Path.of(p);
    }

    @Override
    public String toString() {
        return DatabaseUrl.mask(raw);
    }
}
