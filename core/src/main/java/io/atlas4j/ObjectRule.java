package io.atlas4j;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A per-object drop rule of a {@link Policy}. The pattern is a glob ({@code *}, {@code ?}),
 * matched case-insensitively: without a dot it names tables (and schemas), with a dot
 * {@code table.column} it names columns ({@code users.legacy_*}, {@code tmp_*.*}).
 */
public record ObjectRule(Verdict verdict, String pattern) {
    /** Whether matching drops are always refused or allowed. */
    public enum Verdict { DENY, ALLOW }

    public ObjectRule {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isBlank()) throw new IllegalArgumentException("empty object pattern");
    }

    public boolean isColumnRule() {
        return pattern.indexOf('.') >= 0;
    }

    /** {@return whether the rule covers dropping the named object: a table or schema name, or {@code table.column}} */
    public boolean matches(String object) {
        boolean column = object.indexOf('.') >= 0;
        return column == isColumnRule() && glob(pattern).matcher(object.toLowerCase(Locale.ROOT)).matches();
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char ch : glob.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '*') re.append(".*");
            else if (ch == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(re.toString());
    }

    @Override
    public String toString() {
        return (verdict == Verdict.DENY ? "never drop " : "drops allowed for ") + pattern;
    }
}
