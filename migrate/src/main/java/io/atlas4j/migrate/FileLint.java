package io.atlas4j.migrate;

import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate lint} found in one new migration file.
 *
 * @param file        the file's name
 * @param error       why the file does not run on the dev database, when it does not
 * @param diagnostics the analyzers' findings on the changes the file makes
 * @param statements  how many statements the file's changes plan to
 */
public record FileLint(String file, Optional<String> error, List<Diagnostic> diagnostics, int statements) {
    public FileLint {
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@return whether the file fails to run, or has a finding at {@code severity} or above} */
    public boolean hasAtLeast(Severity severity) {
        return error.isPresent() || diagnostics.stream().anyMatch(d -> d.severity().compareTo(severity) >= 0);
    }
}
