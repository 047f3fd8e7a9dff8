package io.atlas4j.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own account of some schemas, independent of atlas4j's inspector: every relation,
 * column, constraint, index, comment, view, routine, trigger, rule, sequence, type, policy and
 * extension, each rendered with the server's catalog functions ({@code format_type},
 * {@code pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_viewdef},
 * {@code pg_get_functiondef}, {@code pg_get_triggerdef}, ...). Two databases that render equally
 * hold the same schema as far as the server can tell. {@link #normalize} leaves out only what the
 * server makes up itself: the names it generates for unnamed constraints and indexes, and the
 * names of the sequences it creates for serial and identity columns. Objects of extensions are
 * left out (the extension stands for them); column order is left out (atlas4j adds columns at
 * the end, as ALTER TABLE does).
 */
final class CatalogRendering {
    private CatalogRendering() {
    }

    /** One rendered catalog fact: {@code owner} is {@code schema.table} (or, for owned sequences, {@code schema.table.column}). */
    record Entry(String kind, String owner, String name, String value) {
    }

    private static final String NOT_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '%s'::regclass AND e.objid = %s AND e.deptype = 'e')""";

    private static final List<String> QUERIES = List.of(
            // schemas
            """
            SELECT 'schema', '', n.nspname, 'comment=' || COALESCE(obj_description(n.oid, 'pg_namespace'), '')
            FROM pg_namespace n WHERE n.nspname = ANY(?)""",
            // relations: tables, partitions, views, materialized views
            """
            SELECT 'relation', n.nspname, c.relname,
                   'kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text
                   || ' partkey=' || COALESCE(pg_get_partkeydef(c.oid), '')
                   || ' bound=' || COALESCE(pg_get_expr(c.relpartbound, c.oid), '')
                   || ' parents=' || COALESCE((SELECT string_agg(p.oid::regclass::text, ',' ORDER BY i.inhseqno)
                        FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid), '')
                   || ' rls=' || c.relrowsecurity || ' force_rls=' || c.relforcerowsecurity
                   || ' options=' || COALESCE(array_to_string(c.reloptions, ','), '')
                   || ' comment=' || COALESCE(obj_description(c.oid, 'pg_class'), '')
                   || CASE WHEN c.relkind IN ('v', 'm') THEN ' def=' || pg_get_viewdef(c.oid, true) ELSE '' END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %s""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid")),
            // columns
            """
            SELECT 'column', n.nspname || '.' || c.relname, a.attname,
                   'type=' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull
                   || ' default=' || COALESCE(pg_get_expr(d.adbin, d.adrelid), '')
                   || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
                   || ' collation=' || CASE WHEN a.attcollation <> t.typcollation THEN co.collname ELSE '' END
                   || ' local=' || a.attislocal
                   || ' comment=' || COALESCE(col_description(c.oid, a.attnum), '')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
              AND %s""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid")),
            // constraints of tables and domains
            """
            SELECT 'constraint', n.nspname || '.' || COALESCE(c.relname, t.typname), k.conname,
                   pg_get_constraintdef(k.oid) || ' comment=' || COALESCE(obj_description(k.oid, 'pg_constraint'), '')
            FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
            LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid
            WHERE n.nspname = ANY(?) AND (k.conrelid = 0 OR %s) AND (k.contypid = 0 OR %s)"""
                    .formatted(NOT_EXTENSION.formatted("pg_class", "k.conrelid"), NOT_EXTENSION.formatted("pg_type", "k.contypid")),
            // indexes (of tables and materialized views)
            """
            SELECT 'index', n.nspname || '.' || t.relname, i.relname,
                   pg_get_indexdef(x.indexrelid) || ' valid=' || x.indisvalid
                   || ' comment=' || COALESCE(obj_description(i.oid, 'pg_class'), '')
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ANY(?) AND %s""".formatted(NOT_EXTENSION.formatted("pg_class", "t.oid")),
            // sequences, with the column that owns them
            """
            SELECT 'sequence', COALESCE(on_.nspname || '.' || oc.relname || '.' || oa.attname, ''), n.nspname || '.' || c.relname,
                   'type=' || format_type(s.seqtypid, NULL) || ' start=' || s.seqstart || ' increment=' || s.seqincrement
                   || ' min=' || s.seqmin || ' max=' || s.seqmax || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle
                   || ' owned=' || COALESCE(d.deptype::text, '')
                   || ' comment=' || COALESCE(obj_description(c.oid, 'pg_class'), '')
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                 AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
            LEFT JOIN pg_class oc ON oc.oid = d.refobjid LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
            LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
            WHERE n.nspname = ANY(?) AND %s""".formatted(NOT_EXTENSION.formatted("pg_class", "c.oid")),
            // types: enums, domains, composites, ranges
            """
            SELECT 'type', n.nspname, t.typname,
                   'kind=' || t.typtype::text
                   || CASE t.typtype
                        WHEN 'e' THEN ' labels=' || (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
                        WHEN 'd' THEN ' base=' || format_type(t.typbasetype, t.typtypmod) || ' notnull=' || t.typnotnull
                                      || ' default=' || COALESCE(pg_get_expr(t.typdefaultbin, 0), '')
                                      || ' collation=' || COALESCE((SELECT co.collname FROM pg_collation co
                                           WHERE co.oid = t.typcollation AND t.typcollation <> (SELECT b.typcollation FROM pg_type b
                                           WHERE b.oid = t.typbasetype)), '')
                        WHEN 'c' THEN ' fields=' || COALESCE((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ','
                                           ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0
                                           AND NOT a.attisdropped), '')
                        WHEN 'r' THEN ' subtype=' || (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
                        ELSE '' END
                   || ' comment=' || COALESCE(obj_description(t.oid, 'pg_type'), '')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid
            WHERE n.nspname = ANY(?) AND (t.typtype IN ('e', 'd', 'r', 'm') OR (t.typtype = 'c' AND c.relkind = 'c')) AND %s"""
                    .formatted(NOT_EXTENSION.formatted("pg_type", "t.oid")),
            // routines; aggregates have no pg_get_functiondef
            """
            SELECT 'function', n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                   CASE WHEN p.prokind = 'a' THEN
                     (SELECT 'aggregate sfunc=' || a.aggtransfn::regproc || ' stype=' || format_type(a.aggtranstype, NULL)
                             || ' final=' || a.aggfinalfn::regproc || ' combine=' || a.aggcombinefn::regproc
                             || ' init=' || COALESCE(a.agginitval, '') || ' result=' || pg_get_function_result(p.oid)
                      FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                   ELSE pg_get_functiondef(p.oid) END
                   || ' comment=' || COALESCE(obj_description(p.oid, 'pg_proc'), '')
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY(?) AND %s""".formatted(NOT_EXTENSION.formatted("pg_proc", "p.oid")),
            // triggers (not the internal ones of foreign keys, not the clones on partitions)
            """
            SELECT 'trigger', n.nspname || '.' || c.relname, t.tgname,
                   pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
                   || ' comment=' || COALESCE(obj_description(t.oid, 'pg_trigger'), '')
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND NOT t.tgisinternal AND t.tgparentid = 0""",
            // rules other than the ones that make views
            """
            SELECT 'rule', n.nspname || '.' || c.relname, r.rulename,
                   pg_get_ruledef(r.oid) || ' enabled=' || r.ev_enabled::text
                   || ' comment=' || COALESCE(obj_description(r.oid, 'pg_rewrite'), '')
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND r.rulename <> '_RETURN'""",
            // row-level security policies
            """
            SELECT 'policy', n.nspname || '.' || c.relname, p.polname,
                   'permissive=' || p.polpermissive || ' cmd=' || p.polcmd::text
                   || ' roles=' || (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END, ',' ORDER BY 1)
                        FROM unnest(p.polroles) r)
                   || ' using=' || COALESCE(pg_get_expr(p.polqual, p.polrelid), '')
                   || ' check=' || COALESCE(pg_get_expr(p.polwithcheck, p.polrelid), '')
                   || ' comment=' || COALESCE(obj_description(p.oid, 'pg_policy'), '')
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)""",
            // extensions
            """
            SELECT 'extension', n.nspname, e.extname,
                   'version=' || e.extversion || ' comment=' || COALESCE(obj_description(e.oid, 'pg_extension'), '')
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE n.nspname = ANY(?)""");

    /** {@return the normalized rendering of the given schemas of a database} */
    static SortedMap<String, String> take(Connection c, List<String> schemas) throws SQLException {
        return normalize(entries(c, schemas));
    }

    static List<Entry> entries(Connection c, List<String> schemas) throws SQLException {
        List<Entry> out = new ArrayList<>();
        for (String q : QUERIES) {
            try (PreparedStatement ps = c.prepareStatement(q)) {
                ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** Suffixes PostgreSQL gives the names it makes up for constraints and indexes ({@code ChooseConstraintName}). */
    private static final Pattern GENERATED = Pattern.compile(".*_(pkey|key|fkey|check|excl|idx|not_null)\\d*");
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'::regclass\\)");

    /**
     * Keys every fact by what identifies it to the user. A constraint or index whose name
     * PostgreSQL made up ({@code <table>_<columns>_<suffix>[n]}) is keyed by its definition, with
     * the name taken out; a sequence that a column owns (serial, identity) by that column, and the
     * column's {@code nextval} default names it the same way.
     */
    static SortedMap<String, String> normalize(List<Entry> entries) {
        Map<String, String> ownedSequences = new HashMap<>(); // schema.sequence -> schema.table.column
        for (Entry e : entries) {
            if (e.kind().equals("sequence") && !e.owner().isEmpty()) ownedSequences.put(e.name(), e.owner());
        }
        SortedMap<String, String> out = new TreeMap<>();
        for (Entry e : entries) {
            String key;
            String value = e.value();
            switch (e.kind()) {
                case "constraint", "index" -> {
                    if (generated(e.owner(), e.name())) {
                        value = withoutName(value, e.name());
                        key = e.kind() + " " + e.owner() + " ~ " + value;
                    } else {
                        key = e.kind() + " " + e.owner() + "." + e.name();
                    }
                }
                case "sequence" -> key = e.owner().isEmpty() ? "sequence " + e.name() : "sequence owned by " + e.owner();
                case "column" -> {
                    key = "column " + e.owner() + "." + e.name();
                    value = ownedNextval(value, e.owner() + "." + e.name(), e.owner(), ownedSequences);
                }
                default -> key = e.kind() + " " + (e.owner().isEmpty() ? "" : e.owner() + ".") + e.name();
            }
            String k = key;
            for (int n = 2; out.containsKey(k); n++) k = key + " #" + n;
            out.put(k, value);
        }
        return out;
    }

    /** {@code nextval('t_id_seq'::regclass)} of a sequence this very column owns becomes {@code nextval(<owned sequence>)}. */
    private static String ownedNextval(String value, String column, String table, Map<String, String> owned) {
        Matcher m = NEXTVAL.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String schema = table.substring(0, table.indexOf('.'));
            String qualified = ref.contains(".") ? unquote(ref.substring(0, ref.indexOf('.'))) + "." + unquote(ref.substring(ref.indexOf('.') + 1))
                    : schema + "." + unquote(ref);
            boolean own = column.equals(owned.get(qualified));
            m.appendReplacement(sb, Matcher.quoteReplacement(own ? "nextval(<owned sequence>)" : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@return whether a constraint or index name has the shape PostgreSQL gives the names it makes up for a table} */
    static boolean generated(String owner, String name) {
        String table = owner.substring(owner.indexOf('.') + 1);
        String head = table.substring(0, Math.min(table.length(), 10));
        return name.startsWith(head) && GENERATED.matcher(name).matches();
    }

    /** {@return the entries that differ, one line each: missing on one side or rendered differently} */
    static List<String> differences(SortedMap<String, String> expected, SortedMap<String, String> actual) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            String a = actual.get(e.getKey());
            if (a == null) out.add("missing   " + e.getKey() + ": " + e.getValue());
            else if (!a.equals(e.getValue())) out.add("differs   " + e.getKey() + ":\n    want " + e.getValue() + "\n    have " + a);
        }
        for (var e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey())) out.add("unwanted  " + e.getKey() + ": " + e.getValue());
        }
        return out;
    }

    /** {@return the keys whose entries differ or exist on one side only} */
    static java.util.Set<String> differingKeys(SortedMap<String, String> expected, SortedMap<String, String> actual) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var e : expected.entrySet()) if (!e.getValue().equals(actual.get(e.getKey()))) out.add(e.getKey());
        for (String k : actual.keySet()) if (!expected.containsKey(k)) out.add(k);
        return out;
    }

    /** {@return the text with a name taken out, quoted or bare (as the server spells names only where it must)} */
    static String withoutName(String text, String name) {
        String quoted = text.replace(PgIdentQuote.quote(name), "<generated>");
        return quoted.replaceAll("(?<![\\w\"$])" + Pattern.quote(name) + "(?![\\w\"$])", "<generated>");
    }

    private static String unquote(String ident) {
        return ident.startsWith("\"") && ident.endsWith("\"") ? ident.substring(1, ident.length() - 1).replace("\"\"", "\"") : ident;
    }
}
