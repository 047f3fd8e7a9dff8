package io.atlas4j.sqlite;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;

/**
 * A virtual table ({@code CREATE VIRTUAL TABLE docs USING fts5(body)}): a schema object kept as its
 * full statement, created and dropped as a whole. Its shadow tables are the module's business.
 */
public record SqliteVirtualTable(String name, String definition, Attrs attrs) implements SchemaObject {
    public SqliteVirtualTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "virtual table";
    }

    /** A virtual table (FTS, R*Tree) stores rows: dropping or re-creating it loses them. */
    @Override
    public boolean holdsData() {
        return true;
    }
}
