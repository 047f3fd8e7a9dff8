package io.atlas4j.spi;

import io.atlas4j.SqlScript;
import io.atlas4j.schema.Realm;
import java.util.List;

/**
 * Loads desired SQL into the schema model without any database, found with
 * {@link java.util.ServiceLoader} (the {@code atlas4j-sql-offline} module provides one). It stands in
 * for a dev database where none is at hand, so it must produce what the dialect's inspector would
 * read after running the SQL, and refuse, naming the statement, what it cannot model.
 */
public interface OfflineLoader {
    /** {@return whether this loader models SQL of {@code dialect}} */
    boolean loads(Dialect dialect);

    /**
     * {@return the schemas {@code scripts} build on an empty database of {@code dialect}, as its inspector reads them}
     * With {@link Scope#SCHEMA} the realm holds the one schema unqualified names land in.
     *
     * @throws io.atlas4j.error.SchemaParseException naming file, line and statement of what cannot be modelled offline
     */
    Realm load(Dialect dialect, List<SqlScript> scripts, Scope scope);
}
