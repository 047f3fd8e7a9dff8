package io.atlas4j.cli;

import io.atlas4j.migrate.MigrationStatus;
import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.Stop;
import io.atlas4j.migrate.dir.MigrationFile;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON document of {@code migrate status --format json}, as docs/cli-json.md describes it. */
final class StatusJson {
    private StatusJson() {
    }

    static String of(MigrationStatus s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", s.state().name());
        doc.put("current", s.current().orElse(null));
        doc.put("next", s.next().map(f -> f.version().isEmpty() ? f.name() : f.version()).orElse(null));
        doc.put("executed", s.executed().stream().map(StatusJson::revision).toList());
        doc.put("pending", s.pending().stream().map(StatusJson::file).toList());
        doc.put("failed", s.failed().map(StatusJson::revision).orElse(null));
        doc.put("stop", s.stop().map(StatusJson::stop).orElse(null));
        return Json.write(doc);
    }

    private static Object revision(Revision r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("description", r.description());
        m.put("type", r.type() == Revision.BASELINE ? "baseline" : r.type() == Revision.RESOLVED ? "resolved" : "execute");
        m.put("applied", r.applied());
        m.put("total", r.total());
        m.put("executedAt", r.executedAt().toString());
        m.put("executionMillis", r.executionTime().toMillis());
        m.put("error", r.error().orElse(null));
        return m;
    }

    private static Object file(MigrationFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", f.version());
        m.put("name", f.name());
        m.put("description", f.description());
        return m;
    }

    private static Object stop(Stop st) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", st.file());
        m.put("line", st.line());
        m.put("statement", st.statement());
        m.put("total", st.total());
        m.put("applied", st.applied());
        m.put("sql", st.sql());
        m.put("error", st.error());
        return m;
    }
}
