package io.atlas4j.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a script, where it starts, and the comments directly above it.
 *
 * @param text       the statement as written, as Atlas reports it: with its {@code ;} when
 *                   {@code ;} ended it, without a custom delimiter or a {@code GO} line, comments
 *                   inside it kept, surrounding whitespace removed; empty for an empty {@code GO} batch
 * @param line       the 1-based line the text starts on
 * @param column     the 1-based column (in chars) the text starts at
 * @param offset     the index in the script (in chars) the text starts at
 * @param byteOffset the same position counted in UTF-8 bytes (Atlas's statement position)
 * @param comments   the comment group directly above the statement, each as written (a blank line
 *                   ends a group; a comment on the line where the previous statement ended is not
 *                   part of it; {@code atlas:delimiter} lines belong to the file)
 * @param directives the {@code atlas:} directives among those comments
 */
public record ScriptStatement(String text, int line, int column, int offset, int byteOffset, List<String> comments,
                              ScriptDirectives directives) {
    public ScriptStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(directives, "directives");
        comments = List.copyOf(comments);
        if (line < 1 || column < 1 || offset < 0 || byteOffset < offset) {
            throw new IllegalArgumentException("position out of range: line " + line + ", column " + column + ", offset " + offset
                    + ", byte offset " + byteOffset);
        }
    }

    /** {@return the statement to execute: the text without its trailing {@code ;}} */
    public String sql() {
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    /** {@return whether there is nothing to execute (an empty {@code GO} batch)} */
    public boolean isBlank() {
        return text.isEmpty();
    }

    /** {@return what the statement's own {@code atlas:nolint} comments suppress; see {@link ParsedScript#nolint} for the file's too} */
    public Optional<Nolint> nolint() {
        return directives.nolint();
    }
}
