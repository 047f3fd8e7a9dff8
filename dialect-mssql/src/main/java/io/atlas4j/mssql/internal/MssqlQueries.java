package io.atlas4j.mssql.internal;

import java.util.List;

/**
 * The catalog queries, one per kind of object, each over every user schema of the database at
 * once (a fixed number of round trips per inspection, whatever the number of tables). Each returns
 * the schema name first; the inspector keeps the schemas it was asked for.
 */
public final class MssqlQueries {
    private MssqlQueries() {
    }

    public static final String SCHEMAS = """
            SELECT s.name FROM sys.schemas s
            WHERE s.schema_id < 16384 AND s.name NOT IN ('sys', 'INFORMATION_SCHEMA', 'guest')
            ORDER BY s.name""";

    public static final String TABLES = """
            SELECT s.name, t.name, CAST(ep.value AS nvarchar(max))
            FROM sys.tables t
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = t.object_id AND ep.minor_id = 0 AND ep.name = 'MS_Description'
            WHERE t.is_ms_shipped = 0
            ORDER BY s.name, t.name""";

    public static final String COLUMNS = """
            SELECT s.name, t.name, c.name, c.column_id, ty.name, ty.is_user_defined, TYPE_NAME(ty.system_type_id),
                   c.max_length, c.precision, c.scale, c.is_nullable, c.collation_name, c.is_sparse, c.is_identity,
                   CAST(ic.seed_value AS bigint), CAST(ic.increment_value AS bigint), cc.definition, cc.is_persisted,
                   dc.name, dc.definition, CAST(ep.value AS nvarchar(max)), CAST(DATABASEPROPERTYEX(DB_NAME(), 'Collation') AS nvarchar(128))
            FROM sys.columns c
            JOIN sys.tables t ON t.object_id = c.object_id
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            JOIN sys.types ty ON ty.user_type_id = c.user_type_id
            LEFT JOIN sys.identity_columns ic ON ic.object_id = c.object_id AND ic.column_id = c.column_id
            LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id
            LEFT JOIN sys.default_constraints dc ON dc.parent_object_id = c.object_id AND dc.parent_column_id = c.column_id
            LEFT JOIN sys.extended_properties ep ON ep.class = 1 AND ep.major_id = c.object_id AND ep.minor_id = c.column_id AND ep.name = 'MS_Description'
            WHERE t.is_ms_shipped = 0
            ORDER BY s.name, t.name, c.column_id""";

    public static final String INDEXES = """
            SELECT s.name, t.name, i.name, i.type, i.is_unique, i.is_primary_key, i.is_unique_constraint, i.filter_definition,
                   ic.key_ordinal, ic.is_included_column, ic.is_descending_key, c.name
            FROM sys.indexes i
            JOIN sys.tables t ON t.object_id = i.object_id
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
            JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            WHERE i.type > 0 AND t.is_ms_shipped = 0 AND i.is_hypothetical = 0
            ORDER BY s.name, t.name, i.name, ic.is_included_column, ic.key_ordinal, ic.index_column_id""";

    public static final String FOREIGN_KEYS = """
            SELECT s.name, t.name, fk.name, fk.delete_referential_action_desc, fk.update_referential_action_desc,
                   c.name, rs.name, rt.name, rc.name
            FROM sys.foreign_keys fk
            JOIN sys.tables t ON t.object_id = fk.parent_object_id
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
            JOIN sys.columns c ON c.object_id = fkc.parent_object_id AND c.column_id = fkc.parent_column_id
            JOIN sys.tables rt ON rt.object_id = fkc.referenced_object_id
            JOIN sys.schemas rs ON rs.schema_id = rt.schema_id
            JOIN sys.columns rc ON rc.object_id = fkc.referenced_object_id AND rc.column_id = fkc.referenced_column_id
            ORDER BY s.name, t.name, fk.name, fkc.constraint_column_id""";

    public static final String CHECKS = """
            SELECT s.name, t.name, k.name, k.definition
            FROM sys.check_constraints k
            JOIN sys.tables t ON t.object_id = k.parent_object_id
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            ORDER BY s.name, t.name, k.name""";

    public static final String VIEWS = """
            SELECT s.name, v.name, m.definition, m.is_schema_bound
            FROM sys.views v
            JOIN sys.schemas s ON s.schema_id = v.schema_id
            JOIN sys.sql_modules m ON m.object_id = v.object_id
            WHERE v.is_ms_shipped = 0
            ORDER BY s.name, v.name""";

    public static final String MODULES = """
            SELECT s.name, o.name, o.type, m.definition, OBJECT_NAME(tr.parent_id)
            FROM sys.objects o
            JOIN sys.schemas s ON s.schema_id = o.schema_id
            JOIN sys.sql_modules m ON m.object_id = o.object_id
            LEFT JOIN sys.triggers tr ON tr.object_id = o.object_id AND tr.parent_class = 1
            WHERE o.type IN ('TR', 'FN', 'IF', 'TF', 'P') AND o.is_ms_shipped = 0
            ORDER BY s.name, o.type, o.name""";

    public static final String SEQUENCES = """
            SELECT s.name, q.name, TYPE_NAME(q.user_type_id), CAST(q.start_value AS bigint), CAST(q.increment AS bigint),
                   CAST(q.minimum_value AS bigint), CAST(q.maximum_value AS bigint), q.is_cycling, q.is_cached, q.cache_size
            FROM sys.sequences q
            JOIN sys.schemas s ON s.schema_id = q.schema_id
            ORDER BY s.name, q.name""";

    public static final String TYPES = """
            SELECT s.name, t.name, TYPE_NAME(t.system_type_id), t.max_length, t.precision, t.scale, t.is_nullable
            FROM sys.types t
            JOIN sys.schemas s ON s.schema_id = t.schema_id
            WHERE t.is_user_defined = 1 AND t.is_table_type = 0
            ORDER BY s.name, t.name""";

    /** {@return every query, by name, in the order the inspector runs them} */
    public static List<String[]> all() {
        return List.of(new String[] {"schemas", SCHEMAS}, new String[] {"tables", TABLES}, new String[] {"columns", COLUMNS},
                new String[] {"indexes", INDEXES}, new String[] {"foreign keys", FOREIGN_KEYS}, new String[] {"checks", CHECKS},
                new String[] {"views", VIEWS}, new String[] {"modules", MODULES}, new String[] {"sequences", SEQUENCES},
                new String[] {"types", TYPES});
    }
}
