package io.atlas4j.migrate.dir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@link AtlasImport} produced.
 *
 * @param directory the converted directory, in the atlas format, with its {@code atlas.sum}
 * @param notes     what the conversion left out or changed, one sentence each, for the user to read
 */
public record ImportResult(MigrationDirectory directory, List<String> notes) {

    public ImportResult {
        Objects.requireNonNull(directory, "directory");
        notes = List.copyOf(notes);
    }

    /**
     * Writes the converted files and {@code atlas.sum} into {@code target}, creating it when missing.
     *
     * @throws MigrationDirectoryException when {@code target} already holds {@code .sql} files or an atlas.sum
     * @throws UncheckedIOException        when a file cannot be written
     */
    public void writeTo(Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> list = Files.list(target)) {
                if (list.map(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".sql") || n.equals(SumFile.NAME))) {
                    throw new MigrationDirectoryException(target.toString(), List.of(DirectoryProblem.of(
                            DirectoryProblem.Kind.IMPORT_REFUSED, "already holds migration files",
                            "import into an empty directory")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + target + ": " + e.getMessage(), e);
        }
        directory.writeTo(target);
    }
}
