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
    private static final Pattern BIT = Pattern.compile("bit\\((\\d{1,2})\\)");
    private static final Map<String, String> BINARY_COLLATIONS = Map.of("utf8mb4", "utf8mb4_bin", "utf8mb3", "utf8mb3_bin",
            "latin1", "latin1_bin", "ascii", "ascii_bin");

    /** A type as the server reads it: the plain spelling, and whether it was national or {@code BINARY}. */
    record Spelled(String type, boolean national, boolean binary) {
    }

    private MySqlTypeSpellings() {
    }

    static Spelled of(String written) {
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

    static String binaryCollation(String charset) {
        String c = BINARY_COLLATIONS.get(charset);
        if (c == null) throw new Unsupported("BINARY on the character set " + charset);
        return c;
    }
}
