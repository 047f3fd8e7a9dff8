package io.atlas4j.cli;

import io.atlas4j.error.AtlasException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The JSON document of {@code migrate apply --format json}, as docs/cli-json.md describes it. */
final class MigrateApplyJson {
    private MigrateApplyJson() {
    }

    /** {@return the document of a run that finished: {@code synced}, {@code planned} (dry run) or {@code applied}} */
    static String of(MigrateResult r, List<String> pending) {
        String status = r.isEmpty() ? "synced" : r.dryRun() ? "planned" : "applied";
        Map<String, Object> doc = head(status, r.dryRun(), pending);
        doc.put("from", r.from().orElse(null));
        doc.put("to", r.to().orElse(null));
        doc.put("files", r.files().stream().map(f -> file(f, r.dryRun())).toList());
        doc.put("applied", r.dryRun() ? List.of() : r.files().stream().map(AppliedFile::name).toList());
        doc.put("error", null);
        return Json.write(doc);
    }

    /** {@return the document of a run that failed: the files that took effect before it, and the error} */
    static String failed(List<String> pending, List<String> applied, AtlasException e, UnaryOperator<String> mask) {
        Map<String, Object> doc = head("failed", false, pending);
        doc.put("from", null);
        doc.put("to", null);
        doc.put("files", List.of());
        doc.put("applied", applied);
        doc.put("error", PlanJson.error(e, mask));
        return Json.write(doc);
    }

    private static Map<String, Object> head(String status, boolean dryRun, List<String> pending) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", status);
        doc.put("dryRun", dryRun);
        doc.put("pending", pending);
        return doc;
    }

    private static Object file(AppliedFile f, boolean dryRun) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", f.version());
        m.put("name", f.name());
        m.put("statements", f.statements());
        m.put("executionMillis", dryRun ? null : f.took().toMillis());
        return m;
    }
}
