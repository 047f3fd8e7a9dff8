package io.atlas4j.postgres;


/** The {@code EXCLUDE} constraints of a table, sorted by name. */
public record PgExcludes(java.util.List<PgExclude> constraints) implements io.atlas4j.schema.Attr {
    public PgExcludes {
        constraints = constraints.stream().sorted(java.util.Comparator.comparing(PgExclude::name)).toList();
    }
}
