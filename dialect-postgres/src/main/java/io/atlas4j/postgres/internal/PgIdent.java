package io.atlas4j.postgres.internal;

import java.util.Set;

/** Quotes identifiers the way {@code quote_ident} does: only when PostgreSQL would not read them back unchanged. */
public final class PgIdent {
    // Reserved and type-function keywords that cannot stand as bare column or table names.
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull",
            "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose",
            "when", "where", "window", "with", "between", "bigint", "bit", "boolean", "char", "character", "coalesce",
            "dec", "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval",
            "least", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position",
            "precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim", "values",
            "varchar", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
            "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private PgIdent() {
    }

    public static String quote(String name) {
        if (needsQuotes(name)) return '"' + name.replace("\"", "\"\"") + '"';
        return name;
    }

    static boolean needsQuotes(String name) {
        if (name.isEmpty() || RESERVED.contains(name)) return true;
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) return true;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$')) return true;
        }
        return false;
    }

    /** {@return a string literal, quotes doubled} */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
