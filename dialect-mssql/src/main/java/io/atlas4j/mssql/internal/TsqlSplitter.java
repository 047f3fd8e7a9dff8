package io.atlas4j.mssql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a T-SQL script into statements as SQL Server reads a batch. A {@code GO} line ends a batch;
 * {@code ;} ends a statement; a statement also ends where a new one starts at the beginning of a line
 * ({@code CREATE}, {@code ALTER}, {@code DROP}, {@code EXEC}, ...), since T-SQL needs no semicolons.
 * Triggers, functions and procedures run to the end of their batch, as SQL Server requires.
 */
public final class TsqlSplitter {
    private static final Set<String> STARTERS = Set.of("CREATE", "ALTER", "DROP", "EXEC", "EXECUTE", "USE", "INSERT", "SET",
            "DECLARE", "PRINT", "GRANT", "UPDATE", "DELETE");
    private static final Set<String> MODULES = Set.of("TRIGGER", "PROC", "PROCEDURE", "FUNCTION");

    private TsqlSplitter() {
    }

    public static List<TsqlStatement> split(String sql) {
        List<Token> all = TsqlLexer.tokens(sql);
        List<TsqlStatement> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            Token first = all.get(i);
            if (first.sym(";")) {
                i++;
                continue;
            }
            if (isGo(sql, first)) {
                i++;
                if (i < all.size() && all.get(i).kind() == Token.Kind.NUMBER && all.get(i).line() == first.line()) i++;
                continue;
            }
            boolean module = isModule(all, i);
            int depth = 0;
            int block = 0;
            int j = i;
            for (; j < all.size(); j++) {
                Token t = all.get(j);
                if (j > i && isGo(sql, t)) break;
                if (t.sym("(")) depth++;
                else if (t.sym(")")) depth--;
                else if (t.is("BEGIN") || t.is("CASE")) block++;
                else if (t.is("END")) block--;
                if (module) {
                    // a module's body runs to its batch's end, unless a new CREATE starts a line outside any block
                    if (j > i && depth == 0 && block <= 0 && t.is("CREATE") && startsLine(sql, t)) break;
                    continue;
                }
                if (depth == 0 && t.sym(";")) break;
                if (j > i && depth == 0 && block <= 0 && STARTERS.contains(t.upper()) && startsLine(sql, t)) break;
            }
            List<Token> toks = new ArrayList<>(all.subList(i, j));
            while (!toks.isEmpty() && toks.get(toks.size() - 1).sym(";")) toks.remove(toks.size() - 1);
            if (!toks.isEmpty()) {
                Token last = toks.get(toks.size() - 1);
                out.add(new TsqlStatement(toks, sql.substring(toks.get(0).start(), last.start() + last.text().length()), first.line()));
            }
            i = j < all.size() && all.get(j).sym(";") ? j + 1 : j;
        }
        return out;
    }

    private static boolean isModule(List<Token> t, int i) {
        if (!t.get(i).is("CREATE") && !t.get(i).is("ALTER")) return false;
        int k = i + 1;
        if (k + 1 < t.size() && t.get(k).is("OR") && t.get(k + 1).is("ALTER")) k += 2;
        return k < t.size() && MODULES.contains(t.get(k).upper());
    }

    static boolean isGo(String sql, Token t) {
        if (!t.is("GO") || !startsLine(sql, t)) return false;
        int e = t.start() + 2;
        while (e < sql.length() && sql.charAt(e) != '\n') {
            char c = sql.charAt(e);
            if (!Character.isWhitespace(c) && !Character.isDigit(c) && c != ';') return sql.startsWith("--", e);
            e++;
        }
        return true;
    }

    private static boolean startsLine(String sql, Token t) {
        for (int k = t.start() - 1; k >= 0; k--) {
            char c = sql.charAt(k);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }
}
