package io.atlas4j.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.script.ScriptException;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.script.ScriptStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs desired-schema SQL against a dev database, naming file and line on failure. Transaction
 * control in a script ({@code BEGIN}, {@code COMMIT}, as in {@code sqlite3 .dump} output) is
 * skipped: it says nothing about the schema, and a borrowed dev database loads inside a transaction
 * of its own that must stay open until it is rolled back.
 */
public final class SqlLoader {
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)^(BEGIN(\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+(TRANSACTION|WORK))?|START\\s+TRANSACTION.*|COMMIT(\\s+(TRANSACTION|WORK))?"
                    + "|END(\\s+(TRANSACTION|WORK))?|ROLLBACK(\\s+(TRANSACTION|WORK))?)\\s*;?$");
    private static final Pattern MYSQL_LINE = Pattern.compile("at line (\\d+)\\s*$");

    private SqlLoader() {
    }

    public static void run(Connection dev, List<SqlScript> scripts, ScriptSplitter splitter) {
        for (SqlScript s : scripts) run(dev, s, splitter);
    }

    public static void run(Connection dev, SqlScript script, ScriptSplitter splitter) {
        for (ScriptStatement st : split(script, splitter)) {
            if (TRANSACTION_CONTROL.matcher(st.sql().strip()).matches()) continue;
            try (Statement s = dev.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                throw new SchemaParseException(new Origin(script.name(), st.line() + lineWithin(e) - 1, 0), e.getMessage() + " in \""
                        + abbreviate(st.sql()) + "\"" + hint(e) + ": fix the statement and try again", e);
            }
        }
    }

    private static List<ScriptStatement> split(SqlScript script, ScriptSplitter splitter) {
        try {
            return splitter.split(script.sql());
        } catch (ScriptException e) {
            throw new SchemaParseException(new Origin(script.name(), e.line(), e.column()), e.problem(), e);
        }
    }

    /** A statement that refuses to run inside a transaction block (SQLState 25001) needs one word of why. */
    private static String hint(SQLException e) {
        if (!"25001".equals(e.getSQLState())) return "";
        return " (the dev database loads desired SQL inside a transaction that is rolled back afterwards, and this statement"
                + " cannot run in one; CONCURRENTLY makes no difference to the schema, so leave it out of the desired file)";
    }

    /** {@return the 1-based line inside the statement that MySQL and MariaDB name ("... at line 3"), or 1} */
    private static int lineWithin(SQLException e) {
        Matcher m = MYSQL_LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
