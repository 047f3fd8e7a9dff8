package io.atlas4j.postgres;


/** One {@code EXCLUDE} constraint: its name and its definition as {@code pg_get_constraintdef} spells it. */
public record PgExclude(String name, String definition) {
    public PgExclude {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(definition, "definition");
    }
}
