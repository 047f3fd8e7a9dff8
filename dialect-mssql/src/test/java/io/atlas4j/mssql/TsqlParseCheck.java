package io.atlas4j.mssql;

import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;

/**
 * Checks planned T-SQL with JSqlParser (square-bracket quoting on). JSqlParser lacks some T-SQL-only
 * clauses atlas4j plans ({@code CLUSTERED}, {@code INCLUDE}, {@code DEFAULT ... FOR}, {@code ADD CHECK},
 * computed columns, {@code DROP INDEX ... ON}); for those the statement is checked again with only that
 * clause rewritten to the standard form JSqlParser knows, so the rest of the statement is still parsed.
 * Module definitions (triggers, functions, procedures) are the user's own text, copied verbatim, and
 * are not checked here.
 */
final class TsqlParseCheck {
    private static final Pattern MODULE = Pattern.compile("(?is)^\\s*CREATE\\s+(OR\\s+ALTER\\s+)?(TRIGGER|PROC|PROCEDURE|FUNCTION)\\b.*");
    /** T-SQL-only clause, standard spelling that keeps the surrounding syntax checked. */
    private static final List<String[]> REWRITES = List.of(
            new String[] {"(?i)\\b(NON)?CLUSTERED\\b", ""},
            new String[] {"(?i)\\s+INCLUDE\\s*\\([^)]*\\)", ""},
            new String[] {"(?is)^(CREATE\\s+(UNIQUE\\s+)?INDEX\\s+.*?\\))\\s+WHERE\\s+.*$", "$1"},
            // a view's query is the user's own text, sent as written: the planned header is what is checked
            new String[] {"(?is)^((CREATE|ALTER)\\s+VIEW\\s+\\S+(\\s+WITH\\s+SCHEMABINDING)?\\s+AS)\\s.*$", "$1 SELECT 1"},
            new String[] {"(?i)\\bADD\\s+(CONSTRAINT\\s+\\[[^\\]]*\\]\\s+)?DEFAULT\\s+(.+)\\s+FOR\\s+(\\[[^\\]]*\\])$", "ALTER COLUMN $3 SET DEFAULT $2"},
            new String[] {"(?i)\\bADD\\s+CHECK\\b", "ADD CONSTRAINT ck CHECK"},
            new String[] {"(?i)\\bADD\\s+UNIQUE\\b", "ADD CONSTRAINT uq UNIQUE"},
            new String[] {"(?i)^DROP\\s+INDEX\\s+(\\[[^\\]]*\\])\\s+ON\\s+(.+)$", "DROP INDEX $1"},
            new String[] {"(?i)^DROP\\s+TRIGGER\\b", "DROP VIEW"},
            new String[] {"(?i)(\\[[^\\]]*\\])\\s+AS\\s+(\\(.*\\))(\\s+PERSISTED(\\s+NOT\\s+NULL)?)?", "$1 int"},
            new String[] {"(?i)^SET\\s+IDENTITY_INSERT\\s+\\S+\\s+(ON|OFF)$", "SET IDENTITY_INSERT = 1"},
            new String[] {"(?i)\\bIDENTITY\\s*\\(\\s*-?\\d+\\s*,\\s*-?\\d+\\s*\\)", "IDENTITY"},
            new String[] {"(?i)^CREATE\\s+SEQUENCE\\s+(\\S+)\\s+AS\\s+\\w+", "CREATE SEQUENCE $1"},
            new String[] {"(?i)^CREATE\\s+TYPE\\s+(\\S+)\\s+FROM\\s+(.+?)\\s+(NOT\\s+)?NULL$", "CREATE DOMAIN $1 AS $2"});

    private TsqlParseCheck() {
    }

    /** {@return whether the planned statement is a module definition, copied as the user wrote it} */
    static boolean isModule(String sql) {
        return MODULE.matcher(sql).matches();
    }

    /** {@return null when the statement parses (directly, or with T-SQL-only clauses rewritten), else JSqlParser's message} */
    static String check(String sql) {
        if (isModule(sql)) return null;
        for (String part : sql.split(";\\s*")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            String err = parse(p);
            if (err == null) continue;
            String rewritten = p;
            for (String[] r : REWRITES) rewritten = rewritten.replaceAll(r[0], r[1]);
            if (parse(rewritten) != null) return err;
        }
        return null;
    }

    /** {@return whether JSqlParser takes the statement exactly as planned} */
    static boolean parsesDirectly(String sql) {
        for (String part : sql.split(";\\s*")) if (!part.isBlank() && parse(part.strip()) != null) return false;
        return true;
    }

    private static String parse(String sql) {
        try {
            CCJSqlParserUtil.parseStatements(sql, p -> p.withSquareBracketQuotation(true));
            return null;
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage());
            return m.lines().findFirst().orElse(m);
        }
    }
}
