package io.atlas4j.offline.internal;

import java.util.Locale;

/** One lexical token of a statement, with its span in the statement text. */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

    /** {@return the identifier this token names, unquoted; keywords and bare words as written} */
    String name() {
        if (kind != Kind.QUOTED) return text;
        String inner = text.substring(1, text.length() - 1);
        char q = text.charAt(0);
        if (q == '"') return inner.replace("\"\"", "\"");
        if (q == '`') return inner.replace("``", "`");
        return inner;
    }

    /** {@return the identifier as PostgreSQL folds it: a quoted one as written, a bare one in lower case} */
    String folded() {
        return kind == Kind.QUOTED ? name() : name().toLowerCase(Locale.ROOT);
    }

    boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word) || kind == Kind.PUNCT && text.equals(word);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
