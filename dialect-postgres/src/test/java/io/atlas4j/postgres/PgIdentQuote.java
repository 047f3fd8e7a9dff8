package io.atlas4j.postgres;

/** Identifier quoting for test SQL. */
final class PgIdentQuote {
    private PgIdentQuote() {
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
