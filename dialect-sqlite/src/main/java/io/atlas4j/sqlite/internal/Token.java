package io.atlas4j.sqlite.internal;

import java.util.Locale;

/**
 * One SQL token: where it sits in the source text ({@code [start, end)}). The text is cut out only
 * when asked for, so tokenizing a CREATE statement allocates one small object per token.
 */
record Token(Kind kind, String source, int start, int end) {
    enum Kind { WORD, QUOTED, STRING, NUMBER, BLOB, PUNCT }

    String text() {
        return source.substring(start, end);
    }

    /** {@return whether this is the bare keyword {@code kw}, case-insensitive} */
    boolean is(String kw) {
        return kind == Kind.WORD && end - start == kw.length() && source.regionMatches(true, start, kw, 0, kw.length());
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && end - start == 1 && source.charAt(start) == c;
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** {@return the identifier without quotes (doubled quotes undone), or the text of other tokens} */
    String value() {
        if (kind != Kind.QUOTED) return text();
        char open = source.charAt(start);
        char close = open == '[' ? ']' : open;
        String inner = source.substring(start + 1, end - 1);
        return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }

    /** {@return a canonical spelling: identifiers and keywords folded to lower case, literals kept} */
    String canonical() {
        return switch (kind) {
            case WORD, BLOB -> text().toLowerCase(Locale.ROOT);
            case QUOTED -> value().toLowerCase(Locale.ROOT);
            default -> text();
        };
    }
}
