package io.atlas4j.sqlite.internal;

import java.util.Locale;

/** One SQL token and where it sits in the source text ({@code [start, end)}). */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { WORD, QUOTED, STRING, NUMBER, BLOB, PUNCT }

    /** {@return whether this is the bare keyword {@code kw}, case-insensitive} */
    boolean is(String kw) {
        return kind == Kind.WORD && text.equalsIgnoreCase(kw);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    /** {@return the identifier without quotes (doubled quotes undone), or the text of other tokens} */
    String value() {
        if (kind != Kind.QUOTED) return text;
        char open = text.charAt(0);
        char close = open == '[' ? ']' : open;
        String inner = text.substring(1, text.length() - 1);
        return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }

    /** {@return a canonical spelling: identifiers and keywords folded to lower case, literals kept} */
    String canonical() {
        return switch (kind) {
            case WORD -> text.toLowerCase(Locale.ROOT);
            case QUOTED -> value().toLowerCase(Locale.ROOT);
            case BLOB -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }
}
