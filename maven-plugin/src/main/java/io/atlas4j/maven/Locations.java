package io.atlas4j.maven;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.DirectoryUrl;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the locations a goal is given relative to the project's base directory (not to wherever
 * Maven was started): {@code file://} schema sources, SQLite file URLs and migration directories.
 */
final class Locations {
    private static final String FILE = "file://";

    private final Path basedir;

    Locations(Path basedir) {
        this.basedir = basedir;
    }

    /** {@return a schema source ({@code file://path} or a database URL) with a relative path made absolute} */
    String source(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) throw new InvalidInputException("empty schema source: give a database URL or file://path");
        if (s.startsWith(FILE)) {
            String p = s.substring(FILE.length());
            if (p.isEmpty()) throw new InvalidInputException("file:// source without a path: use file://schema.sql or file://dir");
            return FILE + basedir.resolve(p).normalize();
        }
        return database(s);
    }

    /** {@return a database URL; an SQLite file named by a relative path is taken relative to the base directory} */
    String database(String url) {
        if (url == null) return null;
        String s = url.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sqlite") || !s.contains("://")) return s;
        int start = s.indexOf("://") + 3;
        String rest = s.substring(start);
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.isEmpty() || path.startsWith("/") || path.startsWith(":memory:") || path.startsWith("file:")) return s;
        return s.substring(0, start) + basedir.resolve(path).normalize() + (q < 0 ? "" : rest.substring(q));
    }

    /** {@return the file an SQLite URL with an absolute path names; empty for other URLs and in-memory databases} */
    static Optional<Path> sqliteFile(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("sqlite") || !url.contains("://")) return Optional.empty();
        String rest = url.substring(url.indexOf("://") + 3);
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        return path.startsWith("/") ? Optional.of(Path.of(path)) : Optional.empty();
    }

    /** {@return the migration directory {@code raw} names ({@link DirectoryUrl}), relative paths taken from the base directory} */
    DirectoryUrl dir(String raw) {
        return DirectoryUrl.parse(raw).resolvedAgainst(basedir);
    }
}
