package io.atlas4j.plan.lint;

import io.atlas4j.change.Change;
import java.util.List;

/**
 * A lint check over planned changes. Analyzers are stateless; each reports findings with its
 * default severity, and the {@link Linter} applies the {@link LintConfig}. Implement this to add
 * project-specific checks.
 */
public interface Analyzer {
    /** {@return a short name for logs, such as {@code destructive}} */
    String name();

    List<Diagnostic> analyze(List<Change> changes, LintContext context);
}
