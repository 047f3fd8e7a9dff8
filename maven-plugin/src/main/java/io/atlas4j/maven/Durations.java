package io.atlas4j.maven;

import io.atlas4j.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as Atlas's flags take them ({@code 10s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}), or ISO-8601 ({@code PT10S}). */
final class Durations {
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)");

    private Durations() {
    }

    static Duration parse(String value, String parameter) {
        String s = value.strip();
        if (s.regionMatches(true, 0, "P", 0, 1)) {
            try {
                Duration d = Duration.parse(s);
                if (d.isNegative()) throw invalid(value, parameter);
                return d;
            } catch (DateTimeParseException e) {
                throw invalid(value, parameter);
            }
        }
        if (s.equals("0")) return Duration.ZERO;
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) throw invalid(value, parameter);
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            at = m.end();
        }
        if (at == 0) throw invalid(value, parameter);
        return Duration.ofNanos(nanos.longValue());
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
    }

    private static InvalidInputException invalid(String value, String parameter) {
        return new InvalidInputException("invalid duration \"" + value + "\" for " + parameter + ": use e.g. 10s, 1m30s, 500ms or PT10S");
    }
}
