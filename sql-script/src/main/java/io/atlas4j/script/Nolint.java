package io.atlas4j.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code atlas:nolint} directives suppress: every lint finding ({@link #all()}, a bare
 * {@code -- atlas:nolint}) or the listed rules, each a check code ({@code DS103}), a code class
 * ({@code DS}) or an analyzer name ({@code destructive}), matched ignoring case.
 *
 * @param rules the listed rules; empty means every rule
 */
public record Nolint(List<String> rules) {
    /** Suppresses every finding. */
    public static final Nolint ALL = new Nolint(List.of());

    public Nolint {
        rules = List.copyOf(rules);
    }

    /** {@return the rules of one directive's arguments, split at whitespace and commas} */
    public static Nolint of(String args) {
        List<String> rules = new ArrayList<>();
        for (String r : args.split("[\\s,]+")) if (!r.isEmpty()) rules.add(r);
        return new Nolint(rules);
    }

    /** {@return whether every finding is suppressed} */
    public boolean all() {
        return rules.isEmpty();
    }

    /** {@return whether a finding with this code or from this analyzer is suppressed} */
    public boolean suppresses(String codeOrAnalyzer) {
        if (all()) return true;
        for (String r : rules) {
            if (r.equalsIgnoreCase(codeOrAnalyzer) || isClassOf(r, codeOrAnalyzer)) return true;
        }
        return false;
    }

    /** {@return both suppressions together; a bare nolint on either side suppresses everything} */
    public Nolint and(Nolint other) {
        if (all() || other.all()) return ALL;
        List<String> both = new ArrayList<>(rules);
        for (String r : other.rules) if (!both.contains(r)) both.add(r);
        return new Nolint(both);
    }

    /** "DS" is the class of "DS103": letters, then only digits. */
    private static boolean isClassOf(String rule, String code) {
        if (rule.isEmpty() || code.length() <= rule.length() || !rule.chars().allMatch(Character::isLetter)) return false;
        if (!code.toUpperCase(Locale.ROOT).startsWith(rule.toUpperCase(Locale.ROOT))) return false;
        return code.substring(rule.length()).chars().allMatch(Character::isDigit);
    }
}
