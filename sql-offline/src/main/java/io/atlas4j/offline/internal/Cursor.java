package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in a statement's tokens, with the few moves the DDL readers need. */
final class Cursor {
    final String sql;
    final List<Token> t;
    int i;
    /** SQLite reads any word that is not a constraint keyword as part of a column's type name. */
    boolean sqlite;
    /** PostgreSQL keeps what the others ignore ({@code MATCH FULL}). */
    boolean postgres;

    Cursor(String sql, List<Token> tokens) {
        this.sql = sql;
        this.t = tokens;
    }

    boolean done() {
        return i >= t.size();
    }

    Token peek() {
        return i < t.size() ? t.get(i) : null;
    }

    Token peek(int ahead) {
        return i + ahead < t.size() ? t.get(i + ahead) : null;
    }

    boolean at(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token x = peek(k);
            if (x == null || !x.is(words[k])) return false;
        }
        return true;
    }

    boolean accept(String... words) {
        if (!at(words)) return false;
        i += words.length;
        return true;
    }

    Token next() {
        if (done()) throw new Unsupported("the statement ends early");
        return t.get(i++);
    }

    void expect(String word) {
        if (!accept(word)) throw new Unsupported("expected " + word + (done() ? " at the end" : " before \"" + peek().text() + "\""));
    }

    String name() {
        Token x = next();
        if (!x.isName() && x.kind() != Token.Kind.STRING) throw new Unsupported("expected a name, found \"" + x.text() + "\"");
        return x.kind() == Token.Kind.STRING ? x.text().substring(1, x.text().length() - 1) : x.name();
    }

    /** {@return a possibly qualified name: its parts} */
    List<String> qualified() {
        List<String> parts = new ArrayList<>();
        parts.add(name());
        while (at(".")) {
            i++;
            parts.add(name());
        }
        return parts;
    }

    /** Skips a balanced parenthesized group starting at the current {@code (}; {@return the index after it} */
    int skipGroup() {
        int depth = 0;
        do {
            Token x = next();
            if (x.is("(")) depth++;
            else if (x.is(")")) depth--;
        } while (depth > 0);
        return i;
    }

    /** {@return the text of tokens [from, to) as written} */
    String text(int from, int to) {
        if (from >= to) return "";
        return sql.substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** Advances to the first depth-0 token that is {@code ,} or {@code )} or one of {@code stops}; {@return the start index} */
    int until(Set<String> stops) {
        int from = i;
        int depth = 0;
        while (!done()) {
            Token x = peek();
            if (depth == 0 && (x.is(",") || x.is(")") || x.kind() == Token.Kind.WORD && stops.contains(x.upper()))) break;
            if (x.is("(") || x.is("[")) depth++;
            if (x.is(")") || x.is("]")) depth--;
            i++;
        }
        return from;
    }

    /** {@return the comma-separated groups of a parenthesized list, as token index ranges} */
    List<int[]> list() {
        expect("(");
        List<int[]> out = new ArrayList<>();
        if (accept(")")) return out;
        while (true) {
            int from = until(Set.of());
            out.add(new int[] {from, i});
            if (accept(")")) return out;
            expect(",");
        }
    }
}
