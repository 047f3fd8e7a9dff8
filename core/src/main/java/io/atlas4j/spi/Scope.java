package io.atlas4j.spi;

/** How much of a database atlas4j inspects, compares and changes. */
public enum Scope {
    /** The connection's current schema only (a URL naming a schema, SQLite's {@code main}). */
    SCHEMA,
    /** Every user schema of the database (a PostgreSQL URL without {@code search_path}, as in Atlas). */
    DATABASE
}
