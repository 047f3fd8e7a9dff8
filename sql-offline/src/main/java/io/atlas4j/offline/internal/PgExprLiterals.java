package io.atlas4j.offline.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal values as PostgreSQL's output functions print them back: intervals (IntervalStyle {@code postgres}),
 * money, bit strings and one-dimensional arrays of plain words. Each method returns empty for a value whose
 * output it does not know for sure.
 */
final class PgExprLiterals {
    /** Type names that may stand before a string literal as a typed literal ({@code jsonb '{}'}) and that JSqlParser cannot read so. */
    private static final Set<String> TYPED_LITERAL_TYPES = Set.of("json", "jsonb", "money", "uuid", "bytea", "inet", "cidr", "macaddr");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile("(\\d+):(\\d{2})(?::(\\d{2}))?");
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;

    private PgExprLiterals() {
    }

    /** {@return the text with each {@code type 'value'} typed literal JSqlParser cannot read written as {@code 'value'::type}} */
    static String rewriteTypedLiterals(String sql) {
        List<Token> ts = Lexer.tokens(sql, false);
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int i = 0; i + 1 < ts.size(); i++) {
            Token t = ts.get(i);
            Token v = ts.get(i + 1);
            if (t.kind() != Token.Kind.WORD || v.kind() != Token.Kind.STRING || !v.text().startsWith("'")) continue;
            if (!TYPED_LITERAL_TYPES.contains(t.text().toLowerCase(Locale.ROOT))) continue;
            if (i > 0 && (ts.get(i - 1).is(".") || ts.get(i - 1).is("::"))) continue;
            b.append(sql, at, t.start()).append(v.text()).append("::").append(t.text().toLowerCase(Locale.ROOT));
            at = v.end();
            i++;
        }
        return b.append(sql.substring(at)).toString();
    }

    /**
     * {@return an interval literal as {@code interval_out} prints it, {@code field} the qualifier written after
     * it ({@code interval '1' year}) or null}: whole non-negative amounts of years, months, weeks, days, hours,
     * minutes and seconds, fractions only where they convert exactly
     */
    static Optional<String> interval(String value, String field) {
        String f = field == null ? null : field.strip().toLowerCase(Locale.ROOT);
        if (f != null && !Set.of("year", "month", "day", "hour", "minute", "second").contains(f)) return Optional.empty();
        String[] words = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
        long months = 0;
        long days = 0;
        BigDecimal seconds = BigDecimal.ZERO;
        int i = 0;
        if (words.length == 1 && NUMBER.matcher(words[0]).matches()) {
            words = new String[] {words[0], f == null ? "second" : f};
        }
        while (i < words.length) {
            String w = words[i];
            Matcher tm = TIME.matcher(w);
            if (tm.matches()) {
                long h = Long.parseLong(tm.group(1));
                long m = Long.parseLong(tm.group(2));
                long s = tm.group(3) == null ? 0 : Long.parseLong(tm.group(3));
                if (m > 59 || s > 59) return Optional.empty();
                seconds = seconds.add(BigDecimal.valueOf(h * HOUR + m * MINUTE + s));
                i++;
                continue;
            }
            if (!NUMBER.matcher(w).matches() || i + 1 >= words.length) return Optional.empty();
            BigDecimal n = new BigDecimal(w);
            if (words[i + 1].equals("ms")) return Optional.empty();
            String unit = words[i + 1].replaceAll("s$", "");
            switch (unit) {
                case "year", "yr", "y" -> {
                    BigDecimal m = n.multiply(BigDecimal.valueOf(12));
                    if (m.stripTrailingZeros().scale() > 0) return Optional.empty();
                    months += m.longValueExact();
                }
                case "month", "mon" -> {
                    if (n.stripTrailingZeros().scale() > 0) return Optional.empty();
                    months += n.longValueExact();
                }
                case "week", "w" -> {
                    BigDecimal d = n.multiply(BigDecimal.valueOf(7));
                    if (d.stripTrailingZeros().scale() > 0) return Optional.empty();
                    days += d.longValueExact();
                }
                case "day", "d" -> {
                    if (n.stripTrailingZeros().scale() > 0) seconds = seconds.add(n.subtract(new BigDecimal(n.toBigInteger())).multiply(BigDecimal.valueOf(24 * HOUR)));
                    days += n.toBigInteger().longValueExact();
                }
                case "hour", "hr", "h" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(HOUR)));
                case "minute", "min", "m" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(MINUTE)));
                case "second", "sec" -> seconds = seconds.add(n);
                default -> {
                    return Optional.empty();
                }
            }
            i += 2;
        }
        if (seconds.stripTrailingZeros().scale() > 0) return Optional.empty();
        long secs = seconds.longValueExact();
        // a field qualifier keeps only the fields down to it
        if (f != null) {
            switch (f) {
                case "year" -> {
                    months = months / 12 * 12;
                    days = 0;
                    secs = 0;
                }
                case "month" -> {
                    days = 0;
                    secs = 0;
                }
                case "day" -> secs = 0;
                case "hour" -> secs = secs / HOUR * HOUR;
                case "minute" -> secs = secs / MINUTE * MINUTE;
                default -> {
                    // seconds keep everything
                }
            }
        }
        StringBuilder b = new StringBuilder();
        if (months / 12 != 0) b.append(part(months / 12, "year"));
        if (months % 12 != 0) b.append(part(months % 12, "mon"));
        if (days != 0) b.append(part(days, "day"));
        if (secs != 0 || b.length() == 0) {
            b.append(String.format(Locale.ROOT, "%02d:%02d:%02d", secs / HOUR, secs % HOUR / MINUTE, secs % MINUTE));
        }
        return Optional.of(b.toString().strip());
    }

    private static String part(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ";
    }

    /**
     * {@return a money literal as {@code cash_out} prints it with the server's C or English monetary locale:
     * rounded to cents, a dollar sign, commas between thousands}
     */
    static Optional<String> money(String value) {
        String v = value.strip();
        boolean negative = v.startsWith("-");
        if (negative) v = v.substring(1).strip();
        if (v.startsWith("$")) v = v.substring(1);
        v = v.replace(",", "");
        if (!NUMBER.matcher(v).matches()) return Optional.empty();
        BigDecimal cents = new BigDecimal(v).setScale(2, RoundingMode.HALF_UP);
        if (cents.compareTo(new BigDecimal("90000000000000000")) > 0) return Optional.empty();
        String digits = cents.toPlainString();
        String whole = digits.substring(0, digits.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append(',');
            grouped.append(whole.charAt(i));
        }
        boolean zero = cents.signum() == 0;
        return Optional.of((negative && !zero ? "-" : "") + "$" + grouped + digits.substring(digits.indexOf('.')));
    }

    /** {@return the bits of a {@code B'...'} or {@code X'...'} literal, or empty for another prefix or a bad digit} */
    static Optional<String> bits(String prefix, String digits) {
        String p = prefix.toUpperCase(Locale.ROOT);
        if (p.equals("B")) return digits.matches("[01]*") ? Optional.of(digits) : Optional.empty();
        if (!p.equals("X") || !digits.matches("[0-9A-Fa-f]*")) return Optional.empty();
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            String s = Integer.toBinaryString(Character.digit(c, 16));
            b.append("0".repeat(4 - s.length())).append(s);
        }
        return Optional.of(b.toString());
    }

    /**
     * {@return a one-dimensional array literal as {@code array_out} prints it, for elements of {@code element}
     * (text or an integer type)}: empty, or plain words that need no quotes
     */
    static Optional<String> array(String value, String element) {
        String v = value.strip();
        if (!v.startsWith("{") || !v.endsWith("}")) return Optional.empty();
        String inner = v.substring(1, v.length() - 1).strip();
        if (inner.isEmpty()) return Optional.of("{}");
        List<String> out = new java.util.ArrayList<>();
        for (String e : inner.split(",", -1)) {
            String x = e.strip();
            boolean integer = Set.of("smallint", "integer", "bigint").contains(element);
            if (integer) {
                if (!x.matches("-?\\d{1,18}")) return Optional.empty();
                out.add(Long.toString(Long.parseLong(x)));
            } else if (element.equals("text") || element.equals("character varying")) {
                if (!x.matches("[A-Za-z0-9_]+") || x.equalsIgnoreCase("null")) return Optional.empty();
                out.add(x);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of("{" + String.join(",", out) + "}");
    }
}
