package io.atlas4j.inspect;

import java.util.List;

/**
 * What to inspect.
 *
 * @param schemas       the schemas to read; empty means the connection's current schema
 * @param excludeTables glob patterns ({@code tmp_*}) of tables to leave out
 * @param allSchemas    read every user schema of the database instead (system schemas left out),
 *                      whatever {@code schemas} says; inspectors of single-schema databases ignore it
 */
public record InspectOptions(List<String> schemas, List<String> excludeTables, boolean allSchemas) {
    public InspectOptions {
        schemas = List.copyOf(schemas);
        excludeTables = List.copyOf(excludeTables);
    }

    public static InspectOptions defaults() {
        return new InspectOptions(List.of(), List.of(), false);
    }

    public InspectOptions withSchemas(List<String> schemas) {
        return new InspectOptions(schemas, excludeTables, allSchemas);
    }

    public InspectOptions withExcludeTables(List<String> patterns) {
        return new InspectOptions(schemas, patterns, allSchemas);
    }

    /** {@return options that read every user schema of the database} */
    public InspectOptions withAllSchemas(boolean all) {
        return new InspectOptions(schemas, excludeTables, all);
    }

    /** {@return whether the table should be inspected under {@link #excludeTables()}} */
    public boolean includesTable(String table) {
        for (String p : excludeTables) {
            String regex = "\\Q" + p.replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q") + "\\E";
            if (table.matches(regex)) return false;
        }
        return true;
    }
}
