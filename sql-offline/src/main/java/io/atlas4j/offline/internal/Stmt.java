package io.atlas4j.offline.internal;

import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * One statement of a desired-schema script: where it is, its tokens, and JSqlParser's reading of it
 * ({@code parsed} is null where JSqlParser does not know the statement; {@code parseError} then says why).
 */
record Stmt(String file, int line, String text, List<Token> tokens, Statement parsed, String parseError) {

    Cursor cursor() {
        return new Cursor(text, tokens);
    }

    Cursor sqliteCursor() {
        Cursor c = new Cursor(text, tokens);
        c.sqlite = true;
        return c;
    }

    /** {@return whether the statement starts with these words} */
    boolean startsWith(String... words) {
        return cursor().at(words);
    }

    /** {@return the refusal naming this statement and the way out} */
    SchemaParseException refuse(String what) {
        return new SchemaParseException(new Origin(file, line, 0), "cannot load offline: " + what + " in \"" + abbreviate(text)
                + "\": load this SQL with a dev database (--dev-url) instead", null);
    }

    static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }
}
