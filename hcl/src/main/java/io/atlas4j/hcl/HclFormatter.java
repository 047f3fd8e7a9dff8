package io.atlas4j.hcl;

import io.atlas4j.hcl.internal.Layout;

/**
 * Formats HCL files as {@code atlas schema fmt} does: layout only (indentation, aligned {@code =}, spacing, blank
 * lines). Nothing is reordered or dropped: comments, heredocs and strings stay as written, and the result is checked
 * to hold exactly the same non-whitespace text as the input before it is returned.
 */
public final class HclFormatter {
    private HclFormatter() {
    }

    /**
     * {@return the formatted source}
     *
     * @param name the file name diagnostics print
     * @throws HclException when the source does not parse (nothing is formatted then)
     * @throws IllegalStateException when formatting would change more than whitespace (a bug: the source is refused
     *                               rather than altered)
     */
    public static String format(String name, String source) {
        Hcl.parse(name, source);
        String out = Layout.format(source);
        if (!squeeze(out).equals(squeeze(source))) {
            throw new IllegalStateException("formatting " + name + " would change more than whitespace: left as it is");
        }
        Hcl.parse(name, out);
        return out;
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
