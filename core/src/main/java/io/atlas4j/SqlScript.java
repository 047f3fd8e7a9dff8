package io.atlas4j;

import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * SQL to load: a name for error positions (a file, a migration file, a class-path resource) and
 * its text. Scripts load in list order, so a migration directory replays as its files in order.
 */
public record SqlScript(String name, String sql) {
    public SqlScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
    }

    /** {@return the scripts of a .sql file, or of every .sql file of a directory in name order} */
    public static List<SqlScript> of(Path source) {
        return files(source).stream().map(SqlScript::read).toList();
    }

    /** {@return the .sql files of a file or directory source, in name order} */
    public static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) return List.of(source);
        if (!Files.isDirectory(source)) {
            throw new InvalidInputException("desired schema \"" + source + "\" does not exist: give a .sql file or a directory of .sql files");
        }
        try (Stream<Path> s = Files.list(source)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) throw new InvalidInputException("directory \"" + source + "\" holds no .sql files");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SqlScript read(Path file) {
        try {
            return new SqlScript(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read \"" + file + "\": " + e.getMessage(), e);
        }
    }
}
