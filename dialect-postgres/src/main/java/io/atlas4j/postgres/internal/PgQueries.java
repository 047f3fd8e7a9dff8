package io.atlas4j.postgres.internal;

/**
 * The pg_catalog queries of the inspector: one per object family, each filtered by the schema
 * names ({@code = ANY(?)}), never by table, so their number does not grow with the schema.
 * Objects that belong to an extension are left out; the extension stands for them.
 */
final class PgQueries {
    private PgQueries() {
    }

    static final String CURRENT_SCHEMA = "SELECT current_schema()";

    /** Every schema a user made (and public): not the catalog's, not TOAST's, not temporary ones. */
    static final String USER_SCHEMAS = """
            SELECT nspname FROM pg_namespace
            WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'
            ORDER BY 1""";

    // The members of installed extensions, found from the extensions through pg_depend's reference index and
    // kept as one hashed set per query, instead of an anti-join that scans all of pg_depend.
    private static final String NOT_EXTENSION = """
            %2$s NOT IN (SELECT e.objid FROM pg_extension xe JOIN pg_depend e ON e.refclassid = 'pg_extension'::regclass
                       AND e.refobjid = xe.oid AND e.deptype = 'e' AND e.classid = '%1$s'::regclass)""";

    static final String SCHEMAS = """
            SELECT n.nspname AS name, obj_description(n.oid, 'pg_namespace') AS comment
            FROM pg_namespace n WHERE n.nspname = ANY(?) ORDER BY n.nspname""";

    static final String RELATIONS = """
            SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind, c.relpersistence::text AS persistence,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
                   c.relispartition AS is_partition,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS bound,
                   (SELECT pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                     WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1) AS parent,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,
                   c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
                   ARRAY(SELECT pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                         WHERE i.inhrelid = c.oid AND NOT c.relispartition ORDER BY i.inhseqno)::text[] AS inherits,
                   ds.description AS comment, c.reltype::int8 AS row_type
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm') AND %s
            ORDER BY n.nspname, c.relispartition, c.relname""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid"));

    static final String COLUMNS = """
            SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS name, a.attnum::int AS attnum,
                   format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
                   pg_get_expr(ad.adbin, CASE WHEN a.attgenerated <> '' THEN ad.adrelid ELSE 0 END) AS default_expr, a.attidentity::text AS identity,
                   a.attgenerated::text AS generated,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                   ds.description AS comment, a.attislocal AS is_local,
                   CASE WHEN a.atttypid >= 16384 THEN CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END END::int8 AS user_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
            LEFT JOIN LATERAL (SELECT s.* FROM pg_depend sd JOIN pg_sequence s ON s.seqrelid = sd.objid
                 WHERE a.attidentity <> '' AND sd.refclassid = 'pg_class'::regclass AND sd.refobjid = c.oid
                 AND sd.refobjsubid = a.attnum AND sd.classid = 'pg_class'::regclass AND sd.deptype = 'i' LIMIT 1) s ON true
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND %s""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid"));

    static final String CONSTRAINTS = """
            SELECT n.nspname AS schema, c.relname AS table_name, k.conname AS name, k.contype::text AS type,
                   CASE WHEN k.contype = 'f' THEN k.conkey::int[] END AS column_nums,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   CASE WHEN k.contype = 'f' THEN k.confkey::int[] END AS ref_column_nums,
                   CASE WHEN k.contype = 'f' AND NOT fn.nspname = ANY(?) THEN
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord)::text[] END AS ref_columns,
                   k.confupdtype::text AS on_update, k.confdeltype::text AS on_delete, k.confmatchtype::text AS match_type,
                   k.condeferrable AS deferrable, k.condeferred AS deferred, k.convalidated AS validated,
                   k.connoinherit AS no_inherit,
                   CASE WHEN k.contype IN ('c', 'x') THEN pg_get_constraintdef(k.oid, true) END AS definition,
                   ds.description AS comment, ic.relname AS index_name
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description ds ON ds.objoid = k.oid AND ds.classoid = 'pg_constraint'::regclass AND ds.objsubid = 0
            LEFT JOIN pg_class fc ON fc.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            LEFT JOIN pg_class ic ON ic.oid = k.conindid AND k.contype IN ('p', 'u', 'x')
            WHERE n.nspname = ANY(?) AND k.contype IN ('p', 'u', 'f', 'c', 'x') AND k.conislocal
              AND k.conparentid = 0 AND c.relkind IN ('r', 'p')
            ORDER BY 1, 2, 3""";

    static String indexes(int serverVersion) {
        return """
            SELECT n.nspname AS schema, t.relname AS table_name, i.relname AS name, x.indisunique AS is_unique,
                   x.indisprimary AS is_primary, x.indisvalid AS is_valid, x.indnkeyatts AS nkeys, am.amname AS method,
                   CASE WHEN x.indexprs IS NOT NULL THEN
                   ARRAY(SELECT CASE WHEN x.indkey[k - 1] = 0 THEN pg_get_indexdef(x.indexrelid, k, true) ELSE '' END
                         FROM generate_series(1, x.indnatts) k ORDER BY k)::text[] END AS expr_parts,
                   (x.indkey::int2[])[:]::int[] AS attnums,
                   (x.indoption::int2[])[:]::int[] AS options,
                   CASE WHEN x.indclass::oid[] && (SELECT array_agg(oc.oid) FROM pg_opclass oc WHERE NOT oc.opcdefault) THEN
                   ARRAY(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname::text END
                         FROM generate_series(1, x.indnkeyatts) k JOIN pg_opclass oc ON oc.oid = x.indclass[k - 1]
                         ORDER BY k)::text[] END AS opclasses,
                   CASE WHEN x.indcollation::oid[] && (SELECT array_agg(co.oid) FROM pg_collation co WHERE co.oid <> 100) THEN
                   ARRAY(SELECT COALESCE(co.collname::text, '') FROM generate_series(1, x.indnkeyatts) k
                         LEFT JOIN pg_collation co ON co.oid = x.indcollation[k - 1] ORDER BY k)::text[] END AS collations,
                   CASE WHEN x.indexprs IS NOT NULL AND x.indcollation::oid[] && (SELECT array_agg(co.oid) FROM pg_collation co
                         WHERE co.oid <> 100) THEN pg_get_indexdef(x.indexrelid, 0, true) END AS collated_def,
                   i.reloptions::text[] AS storage,
                   pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
                   %s AS nulls_not_distinct,
                   ds.description AS comment,
                   CASE WHEN t.relkind = 'm' THEN pg_get_indexdef(x.indexrelid) END AS definition,
                   x.indexrelid IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x')) AS is_constraint
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
            LEFT JOIN pg_description ds ON ds.objoid = i.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
            WHERE n.nspname = ANY(?) AND t.relkind IN ('r', 'p', 'm')
              AND NOT i.relispartition AND %s""".formatted(serverVersion >= 150000 ? "x.indnullsnotdistinct" : "false",
                NOT_EXTENSION.formatted("pg_class", "t.oid"));
    }

    static final String TYPES = """
            SELECT n.nspname AS schema, t.typname AS name, t.typtype::text AS type,
                   ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS labels,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
                   t.typnotnull AS not_null, pg_get_expr(t.typdefaultbin, 0) AS default_expr,
                   ARRAY(SELECT k.conname || ': ' || pg_get_constraintdef(k.oid, true) FROM pg_constraint k
                         WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname)::text[] AS checks,
                   ARRAY(SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text[] AS fields,
                   obj_description(t.oid, 'pg_type') AS comment, t.oid::int8 AS oid, t.typarray::int8 AS array_oid,
                   ARRAY(SELECT CASE WHEN u.typcategory = 'A' THEN u.typelem ELSE u.oid END FROM pg_type u
                         WHERE u.oid >= 16384 AND (u.oid = t.typbasetype OR u.oid IN (SELECT a.atttypid FROM pg_attribute a
                               WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)))::int8[] AS uses
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid
            WHERE n.nspname = ANY(?) AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND c.relkind = 'c')) AND %s
            ORDER BY 1, 2""".formatted(NOT_EXTENSION.formatted("pg_type", "t.oid"));

    static final String SEQUENCES = """
            SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle, d.deptype::text AS owner_dep, oc.relname AS owner_table,
                   oa.attname AS owner_column, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                 AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
            LEFT JOIN pg_class oc ON oc.oid = d.refobjid
            LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
            WHERE n.nspname = ANY(?) AND %s
            ORDER BY 1, 2""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid"));

    static final String EXTENSIONS = """
            SELECT n.nspname AS schema, e.extname AS name, e.extversion AS version, obj_description(e.oid, 'pg_extension') AS comment
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE n.nspname = ANY(?) ORDER BY 1, 2""";

    static final String FUNCTIONS = """
            SELECT n.nspname AS schema, p.proname AS name, oidvectortypes(p.proargtypes) AS args,
                   p.prokind::text AS kind, COALESCE(pg_get_function_result(p.oid), '') AS result,
                   CASE WHEN p.prokind = 'a' THEN
                     (SELECT 'CREATE AGGREGATE ' || quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid)
                             || ') (SFUNC = ' || a.aggtransfn::regproc || ', STYPE = ' || format_type(a.aggtranstype, NULL)
                             || CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || a.aggfinalfn::regproc ELSE '' END
                             || CASE WHEN a.aggcombinefn <> 0 THEN ', COMBINEFUNC = ' || a.aggcombinefn::regproc ELSE '' END
                             || CASE WHEN a.agginitval IS NOT NULL THEN ', INITCOND = ' || quote_literal(a.agginitval) ELSE '' END
                             || ')'
                      FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                   ELSE pg_get_functiondef(p.oid) END AS definition,
                   obj_description(p.oid, 'pg_proc') AS comment,
                   ARRAY(SELECT CASE WHEN u.typcategory = 'A' THEN u.typelem ELSE u.oid END FROM pg_type u
                         WHERE u.oid >= 16384 AND (u.oid = p.prorettype OR u.oid = ANY(p.proargtypes::oid[])))::int8[] AS uses
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY(?) AND p.prokind IN ('f', 'p', 'a') AND %s
            ORDER BY 1, 2, 3""".formatted(NOT_EXTENSION.formatted("pg_proc", "p.oid"));

    /** Triggers and rules: both hang off a table (or view) and are kept as their full definition. */
    static String triggers(int serverVersion) {
        return """
            SELECT n.nspname AS schema, c.relname AS table_name, t.tgname AS name, 'trigger' AS kind,
                   pg_get_triggerdef(t.oid, true) AS definition, obj_description(t.oid, 'pg_trigger') AS comment
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND NOT t.tgisinternal AND %s
            UNION ALL
            SELECT n.nspname, c.relname, r.rulename, 'rule', pg_get_ruledef(r.oid, true), obj_description(r.oid, 'pg_rewrite')
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND r.rulename <> '_RETURN'
            ORDER BY 1, 2, 4, 3""".formatted(serverVersion >= 130000 ? "t.tgparentid = 0" : "true");
    }

    static final String POLICIES = """
            SELECT n.nspname AS schema, c.relname AS table_name, p.polname AS name, p.polpermissive AS permissive,
                   CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE'
                        ELSE 'ALL' END AS command,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END
                         FROM unnest(p.polroles) r)::text[] AS roles,
                   pg_get_expr(p.polqual, p.polrelid) AS using_expr, pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)
            ORDER BY 1, 2, 3""";

    /**
     * What needs other objects first, beyond what the other queries read as type oids (column,
     * domain, composite and signature types): the relations each view and rule reads, and
     * whatever uses a routine of the inspected schemas (defaults and generated columns, checks,
     * domain checks, views, rules, triggers, policies, routines with SQL-standard bodies), found
     * from the routines through pg_depend's reference index. One row per (dependent, referenced).
     * {@code kind} is pg_identify_object_as_address's type ({@code view} and {@code rule} in the
     * first part); {@code names} are the dependent's schema, relation (or routine, or domain)
     * and part (rule, column, constraint, trigger, policy).
     */
    static final String DEPENDENCIES = """
            SELECT CASE WHEN w.rulename = '_RETURN' THEN 'view' ELSE 'rule' END AS kind,
                   ARRAY[vn.nspname, v.relname, w.rulename]::text[] AS names, rn.nspname AS ref_schema, r.relname AS ref_name
            FROM pg_rewrite w JOIN pg_class v ON v.oid = w.ev_class JOIN pg_namespace vn ON vn.oid = v.relnamespace
            JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid AND d.refclassid = 'pg_class'::regclass
            JOIN pg_class r ON r.oid = d.refobjid JOIN pg_namespace rn ON rn.oid = r.relnamespace
            WHERE vn.nspname = ANY(?) AND r.oid <> v.oid
            UNION
            SELECT a.type,
                   CASE d.classid
                     WHEN 'pg_proc'::regclass THEN (SELECT ARRAY[pn.nspname::text, p.proname || '(' || oidvectortypes(p.proargtypes) || ')']
                          FROM pg_proc p JOIN pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = d.objid)
                     WHEN 'pg_constraint'::regclass THEN COALESCE((SELECT ARRAY[tn.nspname::text, t.typname::text] FROM pg_constraint k
                          JOIN pg_type t ON t.oid = k.contypid JOIN pg_namespace tn ON tn.oid = t.typnamespace WHERE k.oid = d.objid),
                          a.object_names)
                     ELSE a.object_names END,
                   fn.nspname, f.proname || '(' || oidvectortypes(f.proargtypes) || ')'
            FROM pg_proc f JOIN pg_namespace fn ON fn.oid = f.pronamespace
            JOIN pg_depend d ON d.refclassid = 'pg_proc'::regclass AND d.refobjid = f.oid AND d.deptype = 'n' AND d.objid <> f.oid
            CROSS JOIN LATERAL pg_identify_object_as_address(d.classid, d.objid, d.objsubid) a
            WHERE fn.nspname = ANY(?) AND %s
            ORDER BY 1, 2, 3, 4""".formatted(NOT_EXTENSION.formatted("pg_proc", "f.oid"));
}
