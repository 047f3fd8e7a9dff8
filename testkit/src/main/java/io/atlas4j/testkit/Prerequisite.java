package io.atlas4j.testkit;

import org.junit.jupiter.api.Assumptions;

/**
 * What a suite does when something it needs (a database server, the shared test data) is missing:
 * locally it skips with one line saying why; under {@code CI=true} it fails, so CI never goes
 * green by skipping.
 */
public final class Prerequisite {
    private Prerequisite() {
    }

    /** {@return whether this run is CI's ({@code CI=true}), where nothing may skip} */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the running test (or container) because {@code what} is missing; fails instead under CI.
     *
     * @param what  the missing thing and why, e.g. {@code "PostgreSQL is not reachable at 127.0.0.1:5432"}
     * @param cause the failure that showed it, or {@code null}
     * @return never returns normally; declared so callers can write {@code throw Prerequisite.missing(...)}
     */
    public static RuntimeException missing(String what, Throwable cause) {
        return missing(what, cause, underCi());
    }

    static RuntimeException missing(String what, Throwable cause, boolean ci) {
        if (ci) throw new AssertionError(what + " (CI=true: this suite must run, not skip)", cause);
        // Printed as well: an aborted test factory or class shows up in Maven's summary only as "Tests run: 0".
        System.out.println("[atlas4j] skipped: " + what);
        Assumptions.abort("skipped: " + what);
        throw new IllegalStateException("unreachable");
    }
}
