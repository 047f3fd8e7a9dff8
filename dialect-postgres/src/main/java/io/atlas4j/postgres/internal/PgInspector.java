package io.atlas4j.postgres.internal;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.schema.Realm;

import java.sql.Connection;
import java.util.List;

/**
 * Reads schemas from pg_catalog with a fixed set of bulk queries per realm (twelve, plus one to
 * find the current schema when none is named), whatever the number of tables. The rows are
 * turned into records by {@link PgCatalogMapper}, which does no I/O. The last query reads
 * pg_depend, so that tables, columns, checks, views and objects know what they need first
 * ({@link io.atlas4j.schema.DependsOn}).
 */
public final class PgInspector implements Inspector {
    private final int serverVersion;

    public PgInspector(int serverVersion) {
        this.serverVersion = serverVersion;
    }

    @Override
    public Realm inspectRealm(Connection connection, InspectOptions options) {
        Queries q = new Queries("postgres", connection);
        List<String> names = options.allSchemas() ? q.list("user schemas", PgQueries.USER_SCHEMAS, r -> r.getString(1))
                : options.schemas().isEmpty()
                ? q.list("current schema", PgQueries.CURRENT_SCHEMA, r -> r.getString(1)).stream()
                        .filter(s -> s != null).toList()
                : options.schemas();
        if (names.isEmpty()) return new Realm(List.of(), io.atlas4j.schema.Attrs.EMPTY);
        String[] in = names.toArray(new String[0]);
        PgRows.Catalog catalog = new PgRows.Catalog(
                q.list("schemas", PgQueries.SCHEMAS, PgRows.SchemaRow::of, (Object) in),
                q.list("relations", PgQueries.RELATIONS, PgRows.RelRow::of, (Object) in),
                q.list("columns", PgQueries.COLUMNS, PgRows.ColRow::of, (Object) in),
                q.list("constraints", PgQueries.CONSTRAINTS, PgRows.ConRow::of, in, in),
                q.list("indexes", PgQueries.indexes(serverVersion), PgRows.IdxRow::of, (Object) in),
                q.list("types", PgQueries.TYPES, PgRows.TypeRow::of, (Object) in),
                q.list("sequences", PgQueries.SEQUENCES, PgRows.SeqRow::of, (Object) in),
                q.list("extensions", PgQueries.EXTENSIONS, PgRows.ExtRow::of, (Object) in),
                q.list("functions", PgQueries.FUNCTIONS, PgRows.FuncRow::of, (Object) in),
                q.list("triggers and rules", PgQueries.triggers(serverVersion), PgRows.TrigRow::of, in, in),
                q.list("policies", PgQueries.POLICIES, PgRows.PolicyRow::of, (Object) in),
                q.list("dependencies", PgQueries.DEPENDENCIES, PgRows.DepRow::of, in, in));
        return PgCatalogMapper.realm(PgAttnums.resolve(catalog), options);
    }
}
