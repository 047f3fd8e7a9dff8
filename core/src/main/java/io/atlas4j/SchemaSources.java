package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaSource;
import io.atlas4j.spi.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Desired-schema sources named by URL, the same for the CLI, the build plugins and start-up code:
 * {@code file://path} (a .sql or .hcl file or folder), {@code ext://program arg ...} (a program printing DDL,
 * see {@link ExternalProgram}), and every scheme a {@link SchemaSource} on the class path reads, such as
 * {@code jpa://com.example.model} with {@code atlas4j-jpa}. Each yields the DDL that builds the schema on an
 * empty database of the target dialect; that DDL is then loaded through a dev database (or offline).
 */
public final class SchemaSources {
    /** The file scheme, with its slashes. */
    public static final String FILE = "file://";

    private static final List<SchemaSource> PROVIDED = ServiceLoader.load(SchemaSource.class, SchemaSource.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private SchemaSources() {
    }

    /** {@return whether {@code source} names DDL to load (file://, ext:// or a provided scheme) rather than a database to inspect} */
    public static boolean isDdl(String source) {
        return source.startsWith(FILE) || ExternalProgram.isExternal(source) || provider(source).isPresent();
    }

    /** {@return whether {@code source} is a {@code file://} URL} */
    public static boolean isFile(String source) {
        return source.startsWith(FILE);
    }

    /**
     * {@return the path of a {@code file://} URL}
     *
     * @throws InvalidInputException when it is not one or names no path
     */
    public static Path path(String fileUrl) {
        if (!isFile(fileUrl)) throw new InvalidInputException(fileUrl + " is not a file:// source");
        String p = fileUrl.substring(FILE.length());
        if (p.isEmpty()) throw new InvalidInputException("file:// source without a path: use file://schema.sql or file://dir");
        return Path.of(p);
    }

    /** {@return the {@code file://} URL of a path} */
    public static String url(Path path) {
        return FILE + path;
    }

    /**
     * {@return the scripts that build the schema {@code source} names on an empty database of {@code dialect}}
     *
     * @param variables values for the input variables of an HCL source ({@code --var name=value}); others ignore them
     * @throws InvalidInputException for a URL no source reads, naming the schemes that are read
     */
    public static List<SqlScript> scripts(String source, Dialect dialect, Scope scope, Map<String, String> variables) {
        if (isFile(source)) return SqlScript.of(path(source), dialect, scope, variables);
        if (ExternalProgram.isExternal(source)) return List.of(ExternalProgram.parse(source).run());
        return provider(source).orElseThrow(() -> notASource(source)).scripts(source, dialect, scope);
    }

    /**
     * {@return {@code source}, checked to name DDL}
     *
     * @throws InvalidInputException naming the schemes that are read, and the module a known one needs
     */
    public static String requireDdl(String source) {
        if (!isDdl(source)) throw notASource(source);
        return source;
    }

    private static InvalidInputException notASource(String source) {
        return new InvalidInputException("\"" + source + "\" is not a desired-schema source: use "
                + schemes().stream().map(s -> s + "://...").collect(Collectors.joining(", "))
                + (source.startsWith("jpa://") ? " (jpa:// needs the atlas4j-jpa module on the class path)" : ""));
    }

    /** {@return the schemes read: file, ext, then those of the providers on the class path} */
    public static List<String> schemes() {
        return Stream.concat(Stream.of("file", "ext"), PROVIDED.stream().map(SchemaSource::scheme)).toList();
    }

    /** {@return the rename hints ({@code -- atlas:renamed-from}) of a source's SQL} */
    public static DiffOptions renameHints(String source, List<SqlScript> scripts) {
        if (isFile(source)) return RenameHints.scan(path(source));
        DiffOptions out = DiffOptions.defaults();
        for (SqlScript s : scripts) out = out.merge(RenameHints.scan(s.sql(), s.name()));
        return out;
    }

    private static Optional<SchemaSource> provider(String source) {
        return PROVIDED.stream().filter(p -> source.startsWith(p.scheme() + "://")).findFirst();
    }
}
