package io.atlas4j.hcl;

import io.atlas4j.hcl.internal.Mapper;
import io.atlas4j.hcl.internal.Writer;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads Atlas HCL schema files into atlas4j's model. The result is tagged with the dialect, so
 * {@code Atlas.diff(inspected, loaded)} normalizes as it does for inspected schemas.
 */
public final class HclSchemas {
    private HclSchemas() {
    }

    /**
     * {@return the realm described by a {@code .hcl} file, or by every {@code .hcl} file of a folder (checked together)}
     *
     * @throws HclException listing every syntax, checker and mapping error, each as {@code file:line,col-range: message}
     */
    public static Realm load(Path source, Dialect dialect) {
        return load(source, dialect, Map.of());
    }

    /**
     * {@return the realm described by a {@code .hcl} file or folder, with values for its input variables}
     * Each value is given as text (as {@code --var name=value} gives it) and converted to the type its
     * {@code variable} block declares ({@code string}, {@code number}, {@code bool}); a variable with neither a value
     * nor a default is an error naming the variable and where it is declared.
     *
     * @throws HclException listing every syntax, checker and mapping error, each as {@code file:line,col-range: message}
     */
    public static Realm load(Path source, Dialect dialect, Map<String, String> variables) {
        List<HclFile> files = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> s = Files.list(source)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".hcl")).sorted().toList()) {
                    files.add(Hcl.parse(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(Hcl.parse(source));
        }
        return Mapper.map(files, dialect, variables);
    }

    /** {@return the realm described by HCL text; {@code name} is the file name diagnostics print} */
    public static Realm load(String source, String name, Dialect dialect) {
        return load(source, name, dialect, Map.of());
    }

    /** {@return the realm described by HCL text, with values for its input variables; see {@link #load(Path, Dialect, Map)}} */
    public static Realm load(String source, String name, Dialect dialect, Map<String, String> variables) {
        return Mapper.map(List.of(Hcl.parse(name, source)), dialect, variables);
    }

    /**
     * {@return the realm as Atlas HCL, as {@code atlas schema inspect --format hcl} prints it (sorted, aligned)}
     *
     * @throws HclWriteException listing every object or attribute the writer cannot express yet
     */
    public static String write(Realm realm, Dialect dialect) {
        return Writer.write(realm, dialect);
    }

    /** {@return one schema as Atlas HCL} @throws HclWriteException listing what cannot be expressed yet */
    public static String write(Schema schema, Dialect dialect) {
        return Writer.write(Realm.of(schema), dialect);
    }
}
