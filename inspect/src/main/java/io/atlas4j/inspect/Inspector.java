package io.atlas4j.inspect;

import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import java.sql.Connection;

/**
 * Reads a live schema through JDBC. Implementations issue a fixed number of catalog queries per
 * schema, whatever the number of tables, and never one query per table.
 */
public interface Inspector {
    /** {@return the schemas named in {@code options}, or the connection's current schema when none is named} */
    Realm inspectRealm(Connection connection, InspectOptions options);

    /** {@return one schema: the one named in {@code options}, or the connection's current schema} */
    default Schema inspectSchema(Connection connection, InspectOptions options) {
        Realm realm = inspectRealm(connection, options);
        if (realm.schemas().isEmpty()) {
            throw new io.atlas4j.error.InspectionException("no schema found to inspect"
                    + (options.schemas().isEmpty() ? "" : " among " + options.schemas()) + ": check the URL's database or search_path", null);
        }
        return realm.schemas().get(0);
    }
}
