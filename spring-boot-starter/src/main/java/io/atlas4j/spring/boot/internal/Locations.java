package io.atlas4j.spring.boot.internal;

import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Turns {@code atlas4j.schema} and {@code atlas4j.migrations} locations into what the library reads. */
public final class Locations {
    private Locations() {
    }

    /**
     * {@return the desired schema at {@code location} as a file or folder} A resource in the file system
     * (a {@code file:} location, or a class-path folder of the build output) is used where it is; one
     * inside a jar is copied to a temporary file with the same name (the extension tells .sql from .hcl),
     * deleted when the JVM exits.
     */
    public static Path schemaPath(ResourceLoader loader, String location) {
        Resource r = loader.getResource(location);
        if (!r.exists()) {
            throw new InvalidInputException("atlas4j.schema: " + location + " does not exist: check the location"
                    + " (classpath:db/schema.sql, file:/path/schema.sql)");
        }
        try {
            if (r.isFile()) return r.getFile().toPath();
        } catch (IOException e) {
            // not in the file system after all: copy it below
        }
        String name = r.getFilename() == null || r.getFilename().isBlank() ? "schema.sql" : r.getFilename();
        try (InputStream in = r.getInputStream()) {
            Path dir = Files.createTempDirectory("atlas4j-schema");
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new InvalidInputException("atlas4j.schema: cannot read " + location + ": " + e.getMessage()
                    + " (a folder inside a jar is not supported: name one file, or a file: folder)", e);
        }
    }

    /**
     * {@return whether {@code location} is a schema source URL ({@code jpa://}, {@code ext://}) rather than a resource}
     * Resource locations ({@code classpath:}, {@code file:}) are Spring's; other {@code scheme://} URLs are atlas4j's.
     */
    public static boolean isSchemaSourceUrl(String location) {
        int sep = location.indexOf("://");
        return sep > 0 && !location.startsWith("file:") && !location.startsWith("classpath");
    }

    /** {@return whether the migration directory is on the class path, and its class-path folder} */
    public static String classpathFolder(String location) {
        return location.startsWith("classpath:") ? location.substring("classpath:".length()) : null;
    }

    /** {@return a {@code file:} location (or a plain path) as a path} */
    public static Path filePath(String location) {
        String p = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (p.startsWith("//")) p = p.substring(2);
        return Path.of(p);
    }
}
