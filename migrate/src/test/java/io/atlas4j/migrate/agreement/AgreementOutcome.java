package io.atlas4j.migrate.agreement;

/**
 * What one case came to.
 *
 * @param kind   agree, disagree, or not loadable on the server at hand
 * @param step   for a disagreement, the step that showed it ({@link Step}); otherwise ""
 * @param reason one line: why it disagrees or does not load
 * @param detail more text for the failure message (the plan written, the changes left), or ""
 */
record AgreementOutcome(Kind kind, String step, String reason, String detail) {

    enum Kind { AGREE, DISAGREE, NOT_LOADABLE }

    /** The steps of the versioned workflow a case goes through, by the names the expected-disagreement lists use. */
    static final class Step {
        /** reading and hashing the directory that holds current.sql */
        static final String DIRECTORY = "directory";
        /** loading desired.sql through the dev database */
        static final String DESIRED = "desired";
        /** the first migrate diff: replaying the directory and writing the next file */
        static final String WRITE = "write";
        /** migrate apply of the whole directory on an empty database */
        static final String APPLY = "apply";
        /** the database as applied, diffed against the desired schema */
        static final String DIFF = "diff";
        /** the second migrate diff, which must find no changes */
        static final String REWRITE = "rewrite";

        private Step() {
        }
    }

    static AgreementOutcome agree() {
        return new AgreementOutcome(Kind.AGREE, "", "", "");
    }

    static AgreementOutcome disagree(String step, String reason, String detail) {
        return new AgreementOutcome(Kind.DISAGREE, step, oneLine(reason), detail);
    }

    static AgreementOutcome notLoadable(String reason) {
        return new AgreementOutcome(Kind.NOT_LOADABLE, "", oneLine(reason), "");
    }

    /** {@return the reason as the summary prints it: "step: reason"} */
    String line() {
        return step.isEmpty() ? reason : step + ": " + reason;
    }

    static String oneLine(String s) {
        String t = String.valueOf(s).replaceAll("\\s+", " ").strip();
        return t.length() <= 240 ? t : t.substring(0, 237) + "...";
    }
}
