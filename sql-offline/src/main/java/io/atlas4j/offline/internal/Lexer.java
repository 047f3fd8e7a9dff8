package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one statement into tokens, keeping each token's span so that types, defaults and check
 * expressions can be cut out of the text as written (what SQLite and MySQL keep in their catalogs).
 */
final class Lexer {
    private Lexer() {
    }

    /** @param backslashEscapes MySQL: a backslash escapes the next character in a string */
    static List<Token> tokens(String sql, boolean backslashEscapes) {
        return tokens(sql, backslashEscapes, false);
    }

    /** @param brackets SQLite (and SQL Server): {@code [name]} quotes a name; elsewhere brackets are array syntax */
    static List<Token> tokens(String sql, boolean backslashEscapes, boolean brackets) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        int versioned = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && backslashEscapes) {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (backslashEscapes && c == '/' && sql.startsWith("/*!", i)) {
                // MySQL runs the text of an executable comment: read it as statement text
                i += 3;
                while (i < n && Character.isDigit(sql.charAt(i))) i++;
                versioned++;
            } else if (versioned > 0 && c == '*' && i + 1 < n && sql.charAt(i + 1) == '/') {
                versioned--;
                i += 2;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'' || (c == 'E' || c == 'e' || c == 'N' || c == 'n' || c == 'X' || c == 'x' || c == 'B' || c == 'b')
                    && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int s = i;
                int j = c == '\'' ? i + 1 : i + 2;
                boolean esc = backslashEscapes || c == 'E' || c == 'e';
                while (j < n) {
                    char d = sql.charAt(j);
                    if (esc && d == '\\') j += 2;
                    else if (d == '\'' && j + 1 < n && sql.charAt(j + 1) == '\'') j += 2;
                    else if (d == '\'') break;
                    else j++;
                }
                i = Math.min(n, j + 1);
                out.add(new Token(Token.Kind.STRING, sql.substring(s, i), s, i));
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int e = sql.indexOf(tag, i + tag.length());
                int end = e < 0 ? n : e + tag.length();
                out.add(new Token(Token.Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`' || c == '[' && brackets) {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close && c != '[' && j + 1 < n && sql.charAt(j + 1) == close) j += 2;
                    else if (sql.charAt(j) == close) break;
                    else j++;
                }
                int end = Math.min(n, j + 1);
                out.add(new Token(Token.Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.'
                        || (sql.charAt(j) == '+' || sql.charAt(j) == '-') && (sql.charAt(j - 1) == 'e' || sql.charAt(j - 1) == 'E'))) j++;
                out.add(new Token(Token.Kind.NUMBER, sql.substring(i, j), i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$' || sql.charAt(j) > 127)) j++;
                out.add(new Token(Token.Kind.WORD, sql.substring(i, j), i, j));
                i = j;
            } else {
                int len = 1;
                if (i + 1 < n) {
                    String two = sql.substring(i, i + 2);
                    if (List.of("::", "<=", ">=", "<>", "!=", "||", "->", "=>").contains(two)) len = 2;
                }
                out.add(new Token(Token.Kind.PUNCT, sql.substring(i, i + len), i, i + len));
                i += len;
            }
        }
        return out;
    }

    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) j++;
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) return sql.substring(i, j + 1);
        return null;
    }
}
