package io.atlas4j.mssql.internal;

import java.util.List;

/**
 * One T-SQL statement: its tokens and its text as written.
 *
 * @param tokens the statement's tokens
 * @param text   the source text from the first token to the last
 * @param line   1-based line of the first token
 */
public record TsqlStatement(List<Token> tokens, String text, int line) {
    public TsqlStatement {
        tokens = List.copyOf(tokens);
    }
}
