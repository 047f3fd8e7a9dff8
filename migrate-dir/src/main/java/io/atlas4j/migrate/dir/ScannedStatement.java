package io.atlas4j.migrate.dir;

import java.util.List;
import java.util.Objects;

/**
 * A statement found in SQL text, with the comment lines just above it.
 *
 * @param comments  the comments right before the statement, each as written ({@code -- why},
 *                  or a whole {@code /* ... *}{@code /} block)
 * @param text      the statement, trimmed; empty for comments after the last statement
 * @param delimited whether {@code text} already ends with its {@code ;} (possibly followed by a
 *                  comment on the same line); a statement cut off by the end of the text has none
 */
public record ScannedStatement(List<String> comments, String text, boolean delimited) {

    public ScannedStatement {
        comments = List.copyOf(comments);
        Objects.requireNonNull(text, "text");
    }
}
