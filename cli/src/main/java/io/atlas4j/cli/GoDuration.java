package io.atlas4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as Atlas's flags take them ({@code 10s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}), or
 * ISO-8601 ({@code PT10S}).
 */
final class GoDuration implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String s = value.strip();
        if (s.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return nonNegative(Duration.parse(s), value);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        if (s.equals("0")) return Duration.ZERO;
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) throw invalid(value);
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            at = m.end();
        }
        if (at == 0) throw invalid(value);
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

    private static Duration nonNegative(Duration d, String value) {
        if (d.isNegative()) throw invalid(value);
        return d;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("invalid duration \"" + value + "\": use e.g. 10s, 1m30s, 500ms or PT10S");
    }
}
