package io.atlas4j.plan.lint;

/** How serious a lint finding is, least serious first. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
