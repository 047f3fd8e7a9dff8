package io.atlas4j;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.internal.SchemaFormats;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaFormat;
import io.atlas4j.spi.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * {@return the scripts that build a desired schema source on an empty database of {@code dialect}}
     * SQL is read as it is; a file or folder in another {@link SchemaFormat} on the class path (such
     * as Atlas HCL, {@code schema.hcl}) is turned into DDL first.
     *
     * @param variables values for the source's input variables; SQL has none and ignores them
     */
    public static List<SqlScript> of(Path source, Dialect dialect, Scope scope, Map<String, String> variables) {
        Optional<SchemaFormat> format = SchemaFormats.reading(source);
        if (format.isPresent()) return format.get().scripts(source, dialect, scope, variables);
        return of(source);
    }

    /** {@return the scripts that build a desired schema source; see {@link #of(Path, Dialect, Scope, Map)}} */
    public static List<SqlScript> of(Path source, Dialect dialect, Scope scope) {
        return of(source, dialect, scope, Map.of());
    }

    /** {@return whether {@code source} is read as SQL: no other schema format on the class path (such as HCL) reads it} */
    public static boolean isSql(Path source) {
        return SchemaFormats.reading(source).isEmpty();
    }

    /** {@return the .sql files of a file or directory source, in name order} */
    public static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) {
            if (source.getFileName().toString().endsWith(".hcl")) throw missingHcl(source);
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            throw new InvalidInputException("desired schema \"" + source + "\" does not exist: give a .sql file or a directory of .sql files");
        }
        try (Stream<Path> s = Files.list(source)) {
            List<Path> all = s.filter(Files::isRegularFile).sorted().toList();
            List<Path> files = all.stream().filter(p -> p.getFileName().toString().endsWith(".sql")).toList();
            if (files.isEmpty() && all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".hcl"))) throw missingHcl(source);
            if (files.isEmpty()) throw new InvalidInputException("directory \"" + source + "\" holds no .sql files");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException missingHcl(Path source) {
        return new InvalidInputException("\"" + source + "\" is Atlas HCL, and no HCL reader is on the class path: add the"
                + " io.atlas4j:atlas4j-hcl dependency (the atlas4j CLI has it)");
    }

    private static SqlScript read(Path file) {
        try {
            return new SqlScript(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("cannot read \"" + file + "\": " + e.getMessage(), e);
        }
    }
}
