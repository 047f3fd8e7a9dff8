package io.atlas4j.maven;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.spi.DatabaseUrl;
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

    /**
     * A migration directory as Atlas spells it: {@code file://path} with an optional
     * {@code ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase} (atlas when absent), or a bare path.
     */
    record Dir(Path path, DirectoryFormat format) {
        @Override
        public String toString() {
            return FILE + path + (format == DirectoryFormat.ATLAS ? "" : "?format=" + format.id());
        }
    }

    /** {@return the migration directory {@code raw} names, relative paths taken from the base directory} */
    Dir dir(String raw) {
        String s = raw.strip();
        if (s.contains("://") && !s.startsWith(FILE)) {
            throw new InvalidInputException("migration directory \"" + DatabaseUrl.mask(raw)
                    + "\" is not a file:// URL: use file://path/to/migrations (optionally ?format=flyway, ...) or a plain path");
        }
        if (s.startsWith(FILE)) s = s.substring(FILE.length());
        DirectoryFormat format = DirectoryFormat.ATLAS;
        int q = s.indexOf('?');
        if (q >= 0) {
            for (String param : s.substring(q + 1).split("&")) {
                if (param.isEmpty()) continue;
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                if (!key.equals("format")) {
                    throw new InvalidInputException("unknown parameter \"" + key + "\" in migration directory \"" + raw
                            + "\": the only one is format (file://path?format=flyway)");
                }
                format = DirectoryFormat.parse(eq < 0 ? "" : param.substring(eq + 1));
            }
            s = s.substring(0, q);
        }
        if (s.isEmpty()) throw new InvalidInputException("migration directory \"" + raw + "\" has no path: use file://migrations");
        return new Dir(basedir.resolve(s).normalize(), format);
    }
}
