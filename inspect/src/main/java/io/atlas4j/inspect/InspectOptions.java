package io.atlas4j.inspect;

import java.util.List;

/**
 * What to inspect. An empty {@code schemas} list means the connection's current schema;
 * {@code excludeTables} holds glob patterns ({@code tmp_*}) of tables to leave out.
 */
public record InspectOptions(List<String> schemas, List<String> excludeTables) {
    public InspectOptions {
        schemas = List.copyOf(schemas);
        excludeTables = List.copyOf(excludeTables);
    }

    public static InspectOptions defaults() {
        return new InspectOptions(List.of(), List.of());
    }

    public InspectOptions withSchemas(List<String> schemas) {
        return new InspectOptions(schemas, excludeTables);
    }

    public InspectOptions withExcludeTables(List<String> patterns) {
        return new InspectOptions(schemas, patterns);
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
