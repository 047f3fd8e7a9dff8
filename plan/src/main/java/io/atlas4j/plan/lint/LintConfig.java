package io.atlas4j.plan.lint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable lint configuration: per-code severity overrides and codes turned off. A code may be
 * given in full ({@code DS103}) or as a family prefix ({@code DS}, {@code LK}); a full code wins
 * over its family.
 */
public record LintConfig(Map<String, Severity> severities, Set<String> off) {
    public LintConfig {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
    }

    public static LintConfig defaults() {
        return new LintConfig(Map.of(), Set.of());
    }

    /** {@return a config where findings of {@code code} (or family) carry {@code severity}} */
    public LintConfig severity(String code, Severity severity) {
        Map<String, Severity> next = new HashMap<>(severities);
        next.put(code, severity);
        var o = new java.util.HashSet<>(off);
        o.remove(code);
        return new LintConfig(next, o);
    }

    /** {@return a config where findings of {@code code} (or family) are not reported} */
    public LintConfig off(String code) {
        var o = new java.util.HashSet<>(off);
        o.add(code);
        Map<String, Severity> next = new HashMap<>(severities);
        next.remove(code);
        return new LintConfig(next, o);
    }

    /** {@return the severity a finding of {@code code} is reported with, empty when it is off} */
    public Optional<Severity> effective(String code, Severity analyzerDefault) {
        if (off.contains(code)) return Optional.empty();
        if (severities.containsKey(code)) return Optional.of(severities.get(code));
        String family = family(code);
        if (off.contains(family)) return Optional.empty();
        if (severities.containsKey(family)) return Optional.of(severities.get(family));
        return Optional.of(analyzerDefault);
    }

    /**
     * Parses {@code "DS102=warning, LK=off, MF104=error"}: comma-separated {@code code=severity} pairs,
     * where the severity is {@code info}, {@code warning}, {@code error} or {@code off}.
     *
     * @throws IllegalArgumentException naming the entry that cannot be read
     */
    public static LintConfig parse(String spec) {
        LintConfig out = defaults();
        for (String entry : spec.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) continue;
            int eq = e.indexOf('=');
            String code = eq < 0 ? "" : e.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT);
            String value = eq < 0 ? "" : e.substring(eq + 1).trim().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("[A-Z]+[0-9]*")) {
                throw new IllegalArgumentException("lint setting \"" + e + "\" is not CODE=SEVERITY (DS102=warning, LK=off)");
            }
            if (value.equals("OFF")) {
                out = out.off(code);
            } else {
                try {
                    out = out.severity(code, Severity.valueOf(value));
                } catch (IllegalArgumentException x) {
                    throw new IllegalArgumentException("lint setting \"" + e + "\": severity must be info, warning, error or off");
                }
            }
        }
        return out;
    }

    private static String family(String code) {
        int i = 0;
        while (i < code.length() && Character.isLetter(code.charAt(i))) i++;
        return code.substring(0, i);
    }
}
