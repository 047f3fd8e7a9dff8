package io.atlas4j.migrate.dir.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atlas's {@code atlas:<name> [args]} directives. Two places look for them, with different rules,
 * and both are kept as Atlas has them because they decide what atlas.sum contains:
 * <ul>
 * <li>the hash looks only at the first line of the file, whatever comes before {@code atlas:}
 *     ({@code -- atlas:sum ignore}, {@code # atlas:sum ignore});
 * <li>file directives ({@code checkpoint}, {@code txmode}, ...) are the comment lines at the top of
 *     the file, and count only when an empty line separates them from the SQL.
 * </ul>
 */
public final class Directives {
    /** {@code -- atlas:sum ignore} leaves a file out of atlas.sum. */
    public static final String SUM = "sum";
    /** {@code -- atlas:checkpoint [tag]} marks a checkpoint file. */
    public static final String CHECKPOINT = "checkpoint";

    // Printable ASCII before "atlas:", a word, then optional arguments up to the end of the line.
    // Java and Go regexes agree here: both take the leftmost match, backtracking-style, on this pattern.
    private static final Pattern DIRECTIVE = Pattern.compile("^([ -~]*)atlas:(\\w+)(?: +([ -~]*))*");

    private Directives() {
    }

    /** {@return the arguments of directive {@code name} if the text starts with one (only the first line counts)} */
    public static Optional<String> leading(String text, String name) {
        Matcher m = DIRECTIVE.matcher(text);
        if (!m.find() || !m.group(2).equals(name)) return Optional.empty();
        return Optional.of(m.group(3) == null ? "" : m.group(3));
    }

    /** {@return whether the file asks to be left out of atlas.sum ({@code atlas:sum ignore} on its first line)} */
    public static boolean ignoredBySum(byte[] content) {
        // ISO-8859-1 maps each byte to one char, so non-ASCII bytes never match [ -~], as in Go.
        return leading(new String(content, StandardCharsets.ISO_8859_1), SUM).filter("ignore"::equals).isPresent();
    }

    /** {@return the arguments of every file directive {@code name}, in order} */
    public static List<String> fileDirectives(String text, String name) {
        List<String> out = new ArrayList<>();
        for (String comment : topComments(text)) leading(comment, name).ifPresent(out::add);
        return out;
    }

    // The comment lines opening the file, trimmed; none unless an empty line follows them.
    private static List<String> topComments(String text) {
        List<String> comments = new ArrayList<>();
        String rest = text;
        while (rest.startsWith("#") || rest.startsWith("--")) {
            int nl = rest.indexOf('\n');
            if (nl < 0) {
                comments.add(rest); // a file of comments only
                return comments;
            }
            comments.add(rest.substring(0, nl).strip());
            rest = rest.substring(nl + 1);
        }
        return rest.startsWith("\n") ? comments : List.of();
    }
}
