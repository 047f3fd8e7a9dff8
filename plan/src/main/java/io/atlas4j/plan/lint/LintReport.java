package io.atlas4j.plan.lint;

import java.util.List;

/** The findings of one lint run, in the order the changes were planned. */
public record LintReport(List<Diagnostic> diagnostics) {
    public LintReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public static LintReport empty() {
        return new LintReport(List.of());
    }

    public boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    /** {@return whether some finding is at least as serious as {@code severity}} */
    public boolean hasAtLeast(Severity severity) {
        return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(severity));
    }

    public List<Diagnostic> withCode(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }

    public List<Diagnostic> atLeast(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity().isAtLeast(severity)).toList();
    }

    /** {@return one finding per line, or "no lint findings"} */
    public String format() {
        if (diagnostics.isEmpty()) return "no lint findings";
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) sb.append(d).append('\n');
        return sb.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return format();
    }
}
