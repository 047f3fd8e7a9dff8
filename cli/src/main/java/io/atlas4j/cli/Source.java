package io.atlas4j.cli;

import io.atlas4j.SchemaSources;
import io.atlas4j.SourceLoader;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.DatabaseUrl;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema source on the command line: a database URL to inspect, or DDL to load into a dev database —
 * {@code file://path} to a .sql/.hcl file or directory, {@code ext://command args} (a program that prints DDL),
 * or another scheme a schema source on the class path reads, such as {@code jpa://package?classpath=...}
 * (JPA entities through Hibernate's schema export); see {@link SchemaSources}.
 */
record Source(String raw) {
    /** How the CLI's options are spelled in the source loader's messages. */
    static final SourceLoader.Options LOADER_OPTIONS = new SourceLoader.Options("--dev-url", Optional.of("--dialect"));
    Source {
        Objects.requireNonNull(raw, "raw");
        if (raw.isBlank()) throw new InvalidInputException("empty schema source: give a database URL or file://path");
    }

    /** {@return whether this source is DDL loaded through a dev database rather than a database to inspect} */
    boolean isFile() {
        return SchemaSources.isDdl(raw);
    }

    /** {@return whether this source is a {@code file://} path} */
    boolean isPath() {
        return SchemaSources.isFile(raw);
    }

    Path path() {
        return SchemaSources.path(raw);
    }

    @Override
    public String toString() {
        return DatabaseUrl.mask(raw);
    }
}
