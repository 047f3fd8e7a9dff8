package io.atlas4j.mssql.internal;

import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import java.util.List;

/** A read position over one statement's tokens, with the error reporting of the loader. */
final class Cursor {
    private final TsqlStatement st;
    private final List<Token> t;
    private final String file;
    int pos;

    Cursor(TsqlStatement st, String file) {
        this.st = st;
        this.t = st.tokens();
        this.file = file;
    }

    boolean done() {
        return pos >= t.size();
    }

    Token peek() {
        return pos < t.size() ? t.get(pos) : new Token(Token.Kind.SYMBOL, "", st.text().length(), st.line());
    }

    Token peek(int ahead) {
        return pos + ahead < t.size() ? t.get(pos + ahead) : new Token(Token.Kind.SYMBOL, "", st.text().length(), st.line());
    }

    Token next() {
        Token k = peek();
        pos++;
        return k;
    }

    boolean accept(String word) {
        if (peek().is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptSym(String s) {
        if (peek().sym(s)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String word) {
        if (!accept(word)) throw error("expected " + word + " but found \"" + peek().text() + "\"");
    }

    void expectSym(String s) {
        if (!acceptSym(s)) throw error("expected \"" + s + "\" but found \"" + peek().text() + "\"");
    }

    String ident() {
        Token k = next();
        if (!k.isIdent()) throw error("expected a name but found \"" + k.text() + "\"");
        return k.name();
    }

    /** {@return a possibly qualified name: [db.][schema.]name, as {schema or null, name}} */
    String[] qname() {
        String a = ident();
        String b = null;
        String c = null;
        if (peek().sym(".")) {
            pos++;
            b = ident();
            if (peek().sym(".")) {
                pos++;
                c = ident();
            }
        }
        if (c != null) return new String[] {b, c};
        if (b != null) return new String[] {a, b};
        return new String[] {null, a};
    }

    /** Skips a balanced group starting at an opening parenthesis; returns the index after it. */
    void skipGroup() {
        int close = Tsql.matching(t, pos);
        pos = Math.min(close + 1, t.size());
    }

    /** {@return the source text of tokens [from, to)} */
    String text(int from, int to) {
        if (from >= to) return "";
        Token a = t.get(from);
        Token b = t.get(to - 1);
        int base = t.get(0).start();
        return st.text().substring(a.start() - base, b.start() - base + b.text().length());
    }

    SchemaParseException error(String message) {
        Token k = peek();
        return new SchemaParseException(new Origin(file, k.line(), 1), message + " in statement \"" + abbreviated() + "\"", null);
    }

    private String abbreviated() {
        String s = st.text().replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    List<Token> tokens() {
        return t;
    }

    TsqlStatement statement() {
        return st;
    }
}
