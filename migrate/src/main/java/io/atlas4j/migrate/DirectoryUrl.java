package io.atlas4j.migrate;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.spi.DatabaseUrl;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A migration directory as Atlas spells it (the CLI's {@code --dir}, the build plugins' {@code dir}): {@code file://path} with an optional
 * {@code ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase} (atlas when absent), or a bare path.
 *
 * @param path   the folder
 * @param format how its files are read
 */
public record DirectoryUrl(Path path, DirectoryFormat format) {
    private static final String FILE = "file://";

    public DirectoryUrl {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    /**
     * {@return the directory {@code raw} names}
     *
     * @throws InvalidInputException for an empty path, another scheme or an unknown query parameter
     * @throws io.atlas4j.migrate.dir.MigrationDirectoryException for an unknown format, listing the known ones
     */
    public static DirectoryUrl parse(String raw) {
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
        return new DirectoryUrl(Path.of(s), format);
    }

    /** {@return the same directory with a relative path taken from {@code base} (a build's project folder)} */
    public DirectoryUrl resolvedAgainst(Path base) {
        return new DirectoryUrl(base.resolve(path).normalize(), format);
    }

    @Override
    public String toString() {
        return FILE + path + (format == DirectoryFormat.ATLAS ? "" : "?format=" + format.id());
    }
}
