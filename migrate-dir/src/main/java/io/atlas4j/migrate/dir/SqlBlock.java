package io.atlas4j.migrate.dir;

import java.util.Objects;

/**
 * A run of SQL text taken from a migration file, with where it starts. This is the seam to the
 * statement splitter (the sql-script module): a file's up or down SQL is a list of blocks; a block
 * that is {@link #singleStatement()} must run as one statement, the others are split into
 * statements by the splitter.
 *
 * @param text            the SQL exactly as in the file, line endings included
 * @param line            the 1-based line of the file where {@code text} starts, for error positions
 * @param singleStatement whether the format says this text is one statement whatever it contains
 *                        (goose {@code StatementBegin}/{@code StatementEnd}, Liquibase
 *                        {@code splitStatements:false})
 */
public record SqlBlock(String text, int line, boolean singleStatement) {

    public SqlBlock {
        Objects.requireNonNull(text, "text");
        if (line < 1) throw new IllegalArgumentException("line must be 1 or more, got " + line);
    }
}
