package io.atlas4j.offline;

import io.atlas4j.SqlScript;
import io.atlas4j.offline.internal.JsqlOfflineLoader;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads desired SQL into the schema model without any database, for SQLite, PostgreSQL and
 * MySQL/MariaDB: the statements are parsed and modelled as the dialect's inspector would read them
 * after running them on a dev database. What it cannot model (a statement kind, a clause, a view
 * PostgreSQL would re-print, ...) is refused with a {@link io.atlas4j.error.SchemaParseException}
 * naming file, line and statement; load such SQL with a dev database instead.
 */
public final class OfflineSchemas {
    private static final JsqlOfflineLoader LOADER = new JsqlOfflineLoader();

    private OfflineSchemas() {
    }

    /** {@return the schemas the scripts build, as {@code dialect}'s inspector would read them} */
    public static Realm loadRealm(List<SqlScript> scripts, Dialect dialect, Scope scope) {
        if (!LOADER.loads(dialect)) {
            throw new io.atlas4j.error.InvalidInputException("no offline loader for dialect " + dialect.name() + ": pass a dev database (--dev-url)");
        }
        return LOADER.load(dialect, scripts, scope);
    }

    /** {@return the one schema that SQL given as text builds; {@code name} is used in error positions} */
    public static Schema load(String sql, String name, Dialect dialect) {
        return loadRealm(List.of(new SqlScript(name, sql)), dialect, Scope.SCHEMA).schemas().get(0);
    }

    /** {@return the one schema a {@code .sql} file or a directory of them builds} */
    public static Schema load(Path source, Dialect dialect) {
        return loadRealm(SqlScript.of(source), dialect, Scope.SCHEMA).schemas().get(0);
    }
}
