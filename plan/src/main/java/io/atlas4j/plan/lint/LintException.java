package io.atlas4j.plan.lint;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;

/** Lint found problems at or above the severity the caller fails on. Nothing was applied. */
public final class LintException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient LintReport report;

    public LintException(LintReport report, Severity failOn) {
        super(AtlasErrorCode.LINT, "lint found " + report.atLeast(failOn).size() + " problem(s) at " + failOn
                + " or above:\n" + new LintReport(report.atLeast(failOn)).format()
                + "\nfix the desired schema, or change the lint configuration to proceed", null, null);
        this.report = report;
    }

    public LintReport report() {
        return report;
    }
}
