package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits T-SQL into tokens: bare words, {@code [bracketed]} and {@code "quoted"} identifiers,
 * {@code 'strings'} and {@code N'unicode strings'}, numbers, {@code @variables} and symbols.
 * Comments are skipped. Never fails: an unterminated quote runs to the end.
 */
public final class TsqlLexer {
    private TsqlLexer() {
    }

    public static List<Token> tokens(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                while (i < n) {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) break;
                    } else {
                        if (sql.charAt(i) == '\n') line++;
                        i++;
                    }
                }
                continue;
            }
            Kind kind;
            if (c == '\'' || ((c == 'N' || c == 'n') && i + 1 < n && sql.charAt(i + 1) == '\'')) {
                i = c == '\'' ? i + 1 : i + 2;
                while (i < n) {
                    if (sql.charAt(i) == '\'') {
                        if (i + 1 < n && sql.charAt(i + 1) == '\'') i += 2;
                        else break;
                    } else i++;
                }
                i = Math.min(n, i + 1);
                kind = Kind.STRING;
            } else if (c == '[') {
                i++;
                while (i < n) {
                    if (sql.charAt(i) == ']') {
                        if (i + 1 < n && sql.charAt(i + 1) == ']') i += 2;
                        else break;
                    } else i++;
                }
                i = Math.min(n, i + 1);
                kind = Kind.QUOTED;
            } else if (c == '"') {
                i++;
                while (i < n && sql.charAt(i) != '"') i++;
                i = Math.min(n, i + 1);
                kind = Kind.QUOTED;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
                if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
                    i++;
                    if (i < n && (sql.charAt(i) == '+' || sql.charAt(i) == '-')) i++;
                    while (i < n && Character.isDigit(sql.charAt(i))) i++;
                }
                kind = Kind.NUMBER;
            } else if (c == '@') {
                i++;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '@' || sql.charAt(i) == '#')) i++;
                kind = Kind.VARIABLE;
            } else if (Character.isLetter(c) || c == '_' || c == '#') {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$'
                        || sql.charAt(i) == '#' || sql.charAt(i) == '@')) i++;
                kind = Kind.WORD;
            } else {
                String two = i + 1 < n ? sql.substring(i, i + 2) : "";
                if (two.equals("<>") || two.equals("<=") || two.equals(">=") || two.equals("!=") || two.equals("::")
                        || two.equals("+=") || two.equals("-=")) i += 2;
                else i++;
                kind = Kind.SYMBOL;
            }
            String text = sql.substring(start, i);
            out.add(new Token(kind, text, start, line));
            for (int k = start; k < i; k++) if (sql.charAt(k) == '\n') line++;
        }
        return out;
    }
}
