package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.LineStatements;
import java.util.List;

/**
 * Finds statement boundaries in SQL text. This module only needs them to lay converted files out
 * the way Atlas does (one statement after another, comments kept above their statement), so it
 * ships a line-based default; the sql-script module's lexer plugs in here for exact boundaries.
 */
@FunctionalInterface
public interface StatementScanner {

    /**
     * A statement ends on a line whose last word, before any {@code --} comment, ends with
     * {@code ;}: goose's own rule. Text inside quotes, dollar-quoted bodies and BEGIN ... END blocks
     * is not understood, so a line ending in {@code ;} there also ends a statement. For a layout
     * that costs only blank lines inside such bodies; the text is otherwise kept as written.
     */
    StatementScanner LINE_BASED = new LineStatements();

    /** {@return the statements of {@code sql}, in order} */
    List<ScannedStatement> scan(String sql);
}
