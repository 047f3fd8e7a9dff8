package io.atlas4j.script;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code atlas:name args} directive comment, such as {@code -- atlas:nolint DS103} or
 * {@code -- atlas:txmode none}.
 *
 * @param name the directive's name ({@code nolint}, {@code txmode}, {@code delimiter}, ...)
 * @param args what follows the name, trimmed; empty when nothing does
 * @param line the 1-based line of the comment
 */
public record Directive(String name, String args, int line) {
    public Directive {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(args, "args");
    }

    /**
     * {@return the directive a comment spells, if it is one} As in Atlas, the comment must start
     * with the directive: {@code --}, {@code #} (each with optional spaces) or a one-line
     * {@code /*} directly followed by {@code atlas:}. {@code /* atlas:x *}{@code /} with a space is
     * prose, so a comment can mention a directive without giving it.
     *
     * @param comment the comment as written, markers included
     * @param line    its 1-based line
     */
    public static Optional<Directive> parse(String comment, int line) {
        String body;
        if (comment.startsWith("/*")) {
            if (!comment.endsWith("*/") || comment.indexOf('\n') >= 0) return Optional.empty();
            body = comment.substring(2, comment.length() - 2);
        } else if (comment.startsWith("--")) {
            body = comment.substring(2).stripLeading();
        } else if (comment.startsWith("#")) {
            body = comment.substring(1).stripLeading();
        } else {
            return Optional.empty();
        }
        if (!body.startsWith("atlas:")) return Optional.empty();
        int i = 6;
        int nameEnd = i;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) nameEnd++;
        if (nameEnd == i) return Optional.empty();
        // "atlas:nolint-x" is not the nolint directive: the name ends at a space or the comment's end.
        if (nameEnd < body.length() && !Character.isWhitespace(body.charAt(nameEnd))) return Optional.empty();
        return Optional.of(new Directive(body.substring(i, nameEnd), body.substring(nameEnd).strip(), line));
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
