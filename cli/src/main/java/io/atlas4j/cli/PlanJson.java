package io.atlas4j.cli;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.RenameSuggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The JSON documents of {@code schema diff} and {@code schema apply} ({@code --format json}), as docs/cli-json.md
 * describes them. Field names are a contract: add fields, never rename or remove them.
 */
final class PlanJson {
    /** What became of the plan: the {@code status} field. */
    enum Status {
        /** Nothing to do. */
        SYNCED,
        /** Planned and checked, not applied (schema diff, or schema apply --dry-run). */
        PLANNED,
        /** Applied. */
        APPLIED,
        /** Refused before anything ran, or a statement failed: see {@code error} and {@code applied}. */
        FAILED;

        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private PlanJson() {
    }

    /** {@return the document of schema diff} */
    static String diff(Plan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", (plan.isEmpty() ? Status.SYNCED : Status.PLANNED).json());
        doc.put("statements", statements(plan));
        return Json.write(doc);
    }

    /**
     * {@return the document of schema apply}
     *
     * @param applied how many of {@code plan}'s statements took effect: all of them once applied, a prefix on failure
     * @param error   why it failed, or null
     * @param mask    hides passwords in the error's message
     */
    static String apply(Status status, boolean dryRun, Plan plan, LintReport lint, List<RenameSuggestion> suggestions,
                        int applied, AtlasException error, UnaryOperator<String> mask) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", status.json());
        doc.put("dryRun", dryRun);
        doc.put("statements", statements(plan));
        doc.put("lint", lint(lint));
        doc.put("suggestions", suggestions.stream().map(RenameSuggestion::message).toList());
        doc.put("applied", applied);
        doc.put("error", error == null ? null : error(error, mask));
        return Json.write(doc);
    }

    static List<Object> statements(Plan plan) {
        List<Object> out = new ArrayList<>();
        for (Statement s : plan.statements()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sql", s.sql());
            m.put("comment", s.comment());
            m.put("change", s.source().getClass().getSimpleName());
            m.put("destructive", s.isDestructive());
            m.put("reverse", s.reverse());
            out.add(m);
        }
        return out;
    }

    /** {@return the findings in the shape of migrate lint's JSON (code, severity, object, message, affectedRows when counted)} */
    static List<Object> lint(LintReport lint) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic d : lint.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("severity", d.severity().name());
            m.put("object", d.object());
            m.put("message", d.message());
            if (d.affectedRows().isPresent()) m.put("affectedRows", d.affectedRows().getAsLong());
            out.add(m);
        }
        return out;
    }

    /** {@return an error as {"code": "APPLY", "exitCode": 7, "message": "..."}, passwords masked} */
    static Map<String, Object> error(AtlasException e, UnaryOperator<String> mask) {
        AtlasErrorCode code = e.errorCode();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code.name());
        m.put("exitCode", code.exitStatus());
        m.put("message", mask.apply(String.valueOf(e.getMessage())));
        return m;
    }
}
