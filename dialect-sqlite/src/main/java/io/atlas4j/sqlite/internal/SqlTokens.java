package io.atlas4j.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/** A small SQLite tokenizer: enough to find clauses in CREATE statements; comments are skipped. */
final class SqlTokens {
    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = quoted(sql, i + 1, '\'');
                out.add(new Token(Token.Kind.BLOB, sql, i, end));
                i = end;
            } else if (c == '\'') {
                int end = quoted(sql, i, '\'');
                out.add(new Token(Token.Kind.STRING, sql, i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = quoted(sql, i, c);
                out.add(new Token(Token.Kind.QUOTED, sql, i, end));
                i = end;
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                out.add(new Token(Token.Kind.QUOTED, sql, i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.'
                        || (sql.charAt(j) == '+' || sql.charAt(j) == '-') && (sql.charAt(j - 1) == 'e' || sql.charAt(j - 1) == 'E'))) {
                    j++;
                }
                out.add(new Token(Token.Kind.NUMBER, sql, i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c == '$' || c > 127) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$'
                        || sql.charAt(j) > 127)) {
                    j++;
                }
                out.add(new Token(Token.Kind.WORD, sql, i, j));
                i = j;
            } else {
                int len = 1;
                if (i + 1 < n && twoCharOperator(c, sql.charAt(i + 1))) {
                    len = c == '-' && i + 2 < n && sql.charAt(i + 2) == '>' ? 3 : 2;
                }
                out.add(new Token(Token.Kind.PUNCT, sql, i, i + len));
                i += len;
            }
        }
        return out;
    }

    /** {@code || <= >= <> != == << >> ->} */
    private static boolean twoCharOperator(char a, char b) {
        return switch (a) {
            case '|' -> b == '|';
            case '<' -> b == '=' || b == '>' || b == '<';
            case '>' -> b == '=' || b == '>';
            case '!', '=' -> b == '=';
            case '-' -> b == '>';
            default -> false;
        };
    }

    private static int quoted(String sql, int open, char q) {
        int j = open + 1;
        int n = sql.length();
        while (j < n) {
            if (sql.charAt(j) == q) {
                if (j + 1 < n && sql.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return n;
    }

    /** {@return the index of the token closing the parenthesis opened at {@code open}} */
    static int closing(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).isPunct('(')) depth++;
            else if (t.get(i).isPunct(')') && --depth == 0) return i;
        }
        return t.size() - 1;
    }

    /** {@return the token ranges {@code [from, to)} between top-level commas of {@code [from, to)}} */
    static List<int[]> splitCommas(List<Token> t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            if (k.isPunct('(')) depth++;
            else if (k.isPunct(')')) depth--;
            else if (k.isPunct(',') && depth == 0) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) out.add(new int[] {start, to});
        return out;
    }

    /** {@return the source text spanning tokens {@code [from, to)}} */
    static String text(String sql, List<Token> t, int from, int to) {
        if (from >= to) return "";
        return sql.substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** {@return SQL text in canonical form: tokens joined by single spaces, identifiers and keywords folded} */
    static String canonical(String sql) {
        StringBuilder sb = new StringBuilder();
        for (Token k : tokenize(sql)) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(k.canonical());
        }
        return sb.toString();
    }

    /** {@return canonical text without redundant outer parentheses} */
    static String canonicalExpr(String sql) {
        String s = canonical(sql);
        while (s.startsWith("( ") && s.endsWith(" )") && balancedInside(s.substring(2, s.length() - 2))) {
            s = s.substring(2, s.length() - 2);
        }
        return s;
    }

    private static boolean balancedInside(String s) {
        List<Token> t = tokenize(s);
        int depth = 0;
        for (Token k : t) {
            if (k.isPunct('(')) depth++;
            else if (k.isPunct(')') && --depth < 0) return false;
        }
        return depth == 0;
    }
}
