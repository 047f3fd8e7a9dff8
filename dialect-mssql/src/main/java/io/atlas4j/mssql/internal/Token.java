package io.atlas4j.mssql.internal;

import java.util.Locale;

/**
 * One T-SQL token.
 *
 * @param kind   what it is
 * @param text   the text as written (quotes and brackets included)
 * @param start  offset in the source
 * @param line   1-based line
 */
public record Token(Kind kind, String text, int start, int line) {
    /** Token kinds. */
    public enum Kind { WORD, QUOTED, STRING, NUMBER, VARIABLE, SYMBOL }

    /** {@return whether this is the bare word {@code w}, case-insensitive} */
    public boolean is(String w) {
        return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }

    /** {@return whether this is the symbol {@code s}} */
    public boolean sym(String s) {
        return kind == Kind.SYMBOL && text.equals(s);
    }

    /** {@return whether the token names something (a bare word or a quoted identifier)} */
    public boolean isIdent() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** {@return the identifier's name: brackets or double quotes removed} */
    public String name() {
        if (kind == Kind.QUOTED) {
            char c = text.charAt(0);
            String inner = text.substring(1, text.length() - 1);
            return c == '[' ? inner.replace("]]", "]") : inner.replace("\"\"", "\"");
        }
        return text;
    }

    /** {@return the upper-cased text, for keyword checks} */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
