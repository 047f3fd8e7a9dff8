package io.atlas4j.spi;

import io.atlas4j.SqlScript;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A language desired schemas are written in besides SQL, such as Atlas's HCL, found with
 * {@link java.util.ServiceLoader}. A format turns its files into DDL that builds the schema on an
 * empty database; that DDL is then loaded into a dev database like desired SQL, so the database,
 * not the format, decides what the schema means, and every place that accepts a {@code .sql} file
 * accepts the format's files too.
 */
public interface SchemaFormat {
    /** {@return the format's name, as {@code --format} spells it (e.g. {@code hcl})} */
    String name();

    /** {@return whether {@code source} is written in this format: one of its files, or a folder of them and no {@code .sql} files} */
    boolean reads(Path source);

    /**
     * {@return DDL that builds what {@code source} describes on an empty database of {@code dialect}}
     * With {@link Scope#SCHEMA} the source must describe one schema and the DDL leaves names
     * unqualified, so it lands in the dev database's current schema; with {@link Scope#DATABASE}
     * names are qualified and schemas created.
     *
     * @param variables values for the source's input variables ({@code --var name=value})
     * @throws io.atlas4j.error.AtlasException naming the file, line and column of each error in the source
     */
    List<SqlScript> scripts(Path source, Dialect dialect, Scope scope, Map<String, String> variables);
}
