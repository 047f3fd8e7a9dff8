package io.atlas4j.offline.internal;

import io.atlas4j.schema.type.UnsupportedType;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column type spellings MariaDB rewrites before it stores them: the national types ({@code NVARCHAR(n)},
 * {@code NCHAR(n)}, {@code NATIONAL VARCHAR(n)}) are utf8mb3 strings, and a trailing {@code BINARY} on a
 * character type asks for its character set's binary collation.
 */
final class MySqlTypeSpellings {
    /** MariaDB 10.11's national character set and its default collation. */
    static final String NATIONAL_CHARSET = "utf8mb3";
    static final String NATIONAL_COLLATION = "utf8mb3_general_ci";

    private static final Pattern NATIONAL = Pattern.compile(
            "(?i)(?:nvarchar|national\\s+varchar|national\\s+char(?:acter)?\\s+varying|nchar\\s+varchar|(nchar|national\\s+char(?:acter)?))"
                    + "\\s*(\\(\\s*\\d+\\s*\\))");
    private static final Pattern BINARY = Pattern.compile("(?i)((?:var)?char\\s*\\(\\s*\\d+\\s*\\)|(?:tiny|medium|long)?text)\\s+binary");
    private static final Pattern ENUM = Pattern.compile("(?is)(enum|set)\\s*\\((.*)\\)");
    private static final Pattern INTRODUCED = Pattern.compile("(?i)\\(\\s*_(utf8mb4|binary)\\s*'([^'\\\\]*)'\\s*\\)");
    private static final Pattern BIT = Pattern.compile("bit\\((\\d{1,2})\\)");
    private static final Map<String, String> BINARY_COLLATIONS = Map.of("utf8mb4", "utf8mb4_bin", "utf8mb3", "utf8mb3_bin",
            "latin1", "latin1_bin", "ascii", "ascii_bin");

    /** A type as the server reads it: the plain spelling, and whether it was national or {@code BINARY}. */
    record Spelled(String type, boolean national, boolean binary) {
    }

    private MySqlTypeSpellings() {
    }

    static Spelled of(String written) {
        Matcher e = ENUM.matcher(written);
        if (e.matches()) return new Spelled(e.group(1).toLowerCase(Locale.ROOT) + "(" + enumValues(e.group(2)) + ")", false, false);
        Matcher n = NATIONAL.matcher(written);
        if (n.matches()) return new Spelled((n.group(1) != null ? "char" : "varchar") + n.group(2).replaceAll("\\s+", ""), true, false);
        Matcher b = BINARY.matcher(written);
        if (b.matches()) return new Spelled(b.group(1), false, true);
        return new Spelled(written, false, false);
    }

    /** {@return whether the type is the catalog's {@code bit(n)}, 1 to 64 bits, which the model carries as the catalog spells it} */
    static boolean isBit(UnsupportedType t) {
        Matcher m = BIT.matcher(t.raw().toLowerCase(Locale.ROOT));
        return m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 64;
    }

    /**
     * {@return enum or set values in the catalog's spelling: single quotes, commas only} A double-quoted
     * value is a string too (without ANSI_QUOTES, MariaDB's default).
     */
    private static String enumValues(String list) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = list.length();
        while (true) {
            while (i < n && Character.isWhitespace(list.charAt(i))) i++;
            if (i >= n || list.charAt(i) != '\'' && list.charAt(i) != '"') throw new Unsupported("an enum or set value that is not a string");
            char q = list.charAt(i++);
            StringBuilder v = new StringBuilder();
            while (true) {
                if (i >= n) throw new Unsupported("an unterminated enum or set value");
                char ch = list.charAt(i++);
                if (ch == '\\') {
                    // only the escapes that stand for themselves; \n and the like are other characters
                    if (i >= n || "'\"\\".indexOf(list.charAt(i)) < 0) throw new Unsupported("an enum or set value with backslash escapes");
                    v.append(list.charAt(i++));
                    continue;
                }
                if (ch == q) {
                    if (i < n && list.charAt(i) == q) {
                        v.append(q);
                        i++;
                        continue;
                    }
                    break;
                }
                v.append(ch);
            }
            // the server drops trailing spaces from each value
            if (!v.isEmpty() && v.charAt(v.length() - 1) == ' ') throw new Unsupported("an enum or set value with trailing spaces");
            if (!out.isEmpty()) out.append(',');
            out.append('\'').append(v.toString().replace("'", "''")).append('\'');
            while (i < n && Character.isWhitespace(list.charAt(i))) i++;
            if (i >= n) return out.toString();
            if (list.charAt(i++) != ',') throw new Unsupported("an enum or set list with something other than strings");
        }
    }

    /**
     * {@return a default {@code (_utf8mb4'...')} or {@code (_binary'...')} on a TEXT, BLOB or JSON column, as the
     * catalog keeps it: the expression without its parentheses and spaces} Other columns fold it to a plain string,
     * which is left to the general reading.
     */
    static java.util.Optional<String> introducedDefault(String written, io.atlas4j.schema.type.ColumnType type) {
        Matcher m = INTRODUCED.matcher(written.strip());
        if (!m.matches()) return java.util.Optional.empty();
        boolean large = type instanceof io.atlas4j.schema.type.JsonType
                || type instanceof io.atlas4j.schema.type.StringType s && s.name().toLowerCase(Locale.ROOT).endsWith("text")
                || type instanceof io.atlas4j.schema.type.BinaryType b && b.name().toLowerCase(Locale.ROOT).endsWith("blob");
        if (!large) return java.util.Optional.empty();
        return java.util.Optional.of("_" + m.group(1).toLowerCase(Locale.ROOT) + "'" + m.group(2) + "'");
    }

    static String binaryCollation(String charset) {
        String c = BINARY_COLLATIONS.get(charset);
        if (c == null) throw new Unsupported("BINARY on the character set " + charset);
        return c;
    }
}
