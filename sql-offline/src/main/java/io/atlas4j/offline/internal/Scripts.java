package io.atlas4j.offline.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.script.ScriptException;
import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.script.ScriptStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Splits scripts with the dialect's splitter (so statement boundaries and lines match the dev-database
 * loader's) and parses each statement with JSqlParser. Transaction control is skipped, as the dev-database
 * loader skips it.
 */
final class Scripts {
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)^(BEGIN(\\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\\s+(TRANSACTION|WORK))?|START\\s+TRANSACTION.*|COMMIT(\\s+(TRANSACTION|WORK))?"
                    + "|END(\\s+(TRANSACTION|WORK))?|ROLLBACK(\\s+(TRANSACTION|WORK))?)\\s*;?$");

    private Scripts() {
    }

    /** @param dialect sqlite, postgres or mysql: how strings and brackets read */
    static List<Stmt> statements(List<SqlScript> scripts, ScriptSplitter splitter, String dialect) {
        boolean backslashEscapes = dialect.equals("mysql");
        List<Stmt> out = new ArrayList<>();
        for (SqlScript s : scripts) {
            List<ScriptStatement> split;
            try {
                split = splitter.split(s.sql());
            } catch (ScriptException e) {
                throw new SchemaParseException(new Origin(s.name(), e.line(), e.column()), e.problem(), e);
            }
            for (ScriptStatement st : split) {
                String text = st.text().strip();
                if (text.endsWith(";")) text = text.substring(0, text.length() - 1).strip();
                if (text.isEmpty() || TRANSACTION_CONTROL.matcher(text).matches()) continue;
                List<Token> tokens = Lexer.tokens(text, backslashEscapes, dialect.equals("sqlite"));
                if (tokens.isEmpty()) continue;
                Statement parsed = null;
                String error = null;
                try {
                    parsed = CCJSqlParserUtil.parse(text, p -> p.withTimeOut(2000));
                } catch (Exception | Error e) {
                    error = firstLine(e.getMessage());
                }
                out.add(new Stmt(s.name(), st.line(), text, tokens, parsed, error));
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "not understood";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
