package io.atlas4j.migrate.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A migration directory on the class path: a folder of the build output or a folder inside a jar. */
public final class ClasspathDirectory {
    private ClasspathDirectory() {
    }

    public static MigrationDirectory read(String location, DirectoryFormat format, ClassLoader loader) {
        String folder = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
        String label = "classpath:" + folder;
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new InvalidInputException("migration directory " + label + " is not on the class path: check the location"
                    + " (e.g. src/main/resources/" + folder + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                }
                try {
                    return MigrationDirectory.of(label, format, entries(fs.provider().getPath(uri)));
                } finally {
                    if (opened) fs.close();
                }
            }
            return MigrationDirectory.of(label, format, entries(Path.of(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new InvalidInputException("cannot read migration directory " + label + ": " + e.getMessage(), e);
        }
    }

    private static List<DirectoryEntry> entries(Path root) throws IOException {
        List<DirectoryEntry> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                try {
                    out.add(new DirectoryEntry(name, Files.readAllBytes(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
                }
            }
        }
        Collections.sort(out, (a, b) -> a.name().compareTo(b.name()));
        return out;
    }
}
