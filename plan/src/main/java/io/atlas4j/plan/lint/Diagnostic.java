package io.atlas4j.plan.lint;

import io.atlas4j.change.Edit;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One lint finding.
 *
 * @param code         a stable code ({@code DS102}); tools match on it, never on the message
 * @param severity     after {@link LintConfig} was applied
 * @param object       the object concerned, {@code table} or {@code table.column}
 * @param message      what is wrong and why it matters
 * @param affectedRows for data-aware checks run against a database: the existing rows that would fail
 * @param source       the change that caused the finding
 */
public record Diagnostic(String code, Severity severity, String object, String message, OptionalLong affectedRows,
                         Edit source) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(affectedRows, "affectedRows");
        Objects.requireNonNull(source, "source");
    }

    public static Diagnostic of(String code, Severity severity, String object, String message, Edit source) {
        return new Diagnostic(code, severity, object, message, OptionalLong.empty(), source);
    }

    public Diagnostic withSeverity(Severity severity) {
        return new Diagnostic(code, severity, object, message, affectedRows, source);
    }

    /** {@return one line: {@code ERROR DS102 users: drops table "users" and all its rows}} */
    @Override
    public String toString() {
        return severity + " " + code + " " + object + ": " + message;
    }
}
