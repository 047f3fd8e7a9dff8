package io.atlas4j.mssql.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.OfflineLoader;
import io.atlas4j.spi.SchemaDialect;
import io.atlas4j.spi.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline loader for SQL Server: desired T-SQL run through {@link TsqlInterpreter}, no server
 * needed. With {@link Scope#SCHEMA} the realm holds only {@code dbo}, where unqualified names land.
 */
public final class TsqlOfflineLoader implements OfflineLoader {
    /** The schema unqualified names land in, as for a user whose default schema is the default. */
    public static final String DEFAULT_SCHEMA = "dbo";

    @Override
    public boolean loads(Dialect dialect) {
        return dialect.name().equals("mssql");
    }

    @Override
    public Realm load(Dialect dialect, List<SqlScript> scripts, Scope scope) {
        TsqlInterpreter in = new TsqlInterpreter(DEFAULT_SCHEMA);
        for (SqlScript s : scripts) in.run(s.name(), s.sql());
        Realm r = in.realm();
        List<Schema> out = new ArrayList<>();
        for (Schema s : r.schemas()) {
            if (scope == Scope.SCHEMA && !s.name().equalsIgnoreCase(DEFAULT_SCHEMA)) continue;
            out.add(SchemaDialect.tag(s, dialect));
        }
        return new Realm(out, r.attrs());
    }
}
