package io.atlas4j.migrate;

import io.atlas4j.Atlas;
import io.atlas4j.SchemaDiff;
import io.atlas4j.SqlScript;
import io.atlas4j.error.AtlasException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.Linter;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code migrate lint}: reviews the newest files of a directory before they reach a database. Each
 * file is replayed on a dev database after the files before it; the schema change it makes is run
 * through the same analyzers as a declarative plan (destructive, data-dependent, backward
 * incompatible, the dialect's lock and rewrite hazards). A file that does not run is a finding too.
 * {@code -- atlas:nolint} at a file's top silences it, {@code -- atlas:nolint DS102 ...} the codes named.
 */
public final class MigrationLint {
    private MigrationLint() {
    }

    /** The findings of a lint run, file by file. */
    public record Report(List<FileLint> files) {
        public Report {
            files = List.copyOf(files);
        }

        public boolean hasAtLeast(Severity severity) {
            return files.stream().anyMatch(f -> f.hasAtLeast(severity));
        }

        /** {@return the findings as text, a block per file} */
        public String format() {
            StringBuilder sb = new StringBuilder();
            for (FileLint f : files) {
                sb.append("Analyzing changes from ").append(f.file()).append(" (").append(f.statements()).append(" statement(s)):\n");
                f.error().ifPresent(e -> sb.append("  ERROR the file does not run on the dev database: ").append(e.strip()).append('\n'));
                for (Diagnostic d : f.diagnostics()) sb.append("  ").append(d).append('\n');
                if (f.error().isEmpty() && f.diagnostics().isEmpty()) sb.append("  no diagnostics found\n");
            }
            return sb.toString();
        }

        /** {@return the findings as JSON, for CI: {@code {"files":[{"name":..,"error":..,"diagnostics":[..]}]}}} */
        public String json() {
            StringBuilder sb = new StringBuilder("{\"files\":[");
            for (int i = 0; i < files.size(); i++) {
                FileLint f = files.get(i);
                if (i > 0) sb.append(',');
                sb.append("{\"name\":").append(quote(f.file()));
                f.error().ifPresent(e -> sb.append(",\"error\":").append(quote(e)));
                sb.append(",\"diagnostics\":[");
                for (int j = 0; j < f.diagnostics().size(); j++) {
                    Diagnostic d = f.diagnostics().get(j);
                    if (j > 0) sb.append(',');
                    sb.append("{\"code\":").append(quote(d.code())).append(",\"severity\":").append(quote(d.severity().name()))
                            .append(",\"object\":").append(quote(d.object())).append(",\"message\":").append(quote(d.message()));
                    if (d.affectedRows().isPresent()) sb.append(",\"affectedRows\":").append(d.affectedRows().getAsLong());
                    sb.append('}');
                }
                sb.append("]}");
            }
            return sb.append("]}").toString();
        }

        private static String quote(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            return sb.append('"').toString();
        }
    }

    /**
     * Lints the latest {@code latest} versioned files of a directory.
     *
     * @param dialect the dialect whose analyzers run besides the generic ones
     * @throws io.atlas4j.migrate.dir.ChecksumMismatchException when the directory does not match its atlas.sum
     */
    public static Report lint(MigrationDirectory directory, int latest, Replay replay, Dialect dialect, LintConfig config) {
        if (directory.format() == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
        List<SqlScript> scripts = MigrationDiff.scripts(directory);
        List<MigrationFile> files = new ArrayList<>();
        for (MigrationFile f : directory.filesFromLastCheckpoint()) {
            if (scripts.stream().anyMatch(s -> s.name().equals(directory.source() + "/" + f.name()))) files.add(f);
        }
        int from = Math.max(0, files.size() - Math.max(1, latest));
        Linter linter = Linter.defaults().with(dialect.lint().analyzers());
        List<FileLint> out = new ArrayList<>();
        Schema before = replay.run(scripts.subList(0, from), Scope.SCHEMA).schemas().get(0);
        for (int i = from; i < files.size(); i++) {
            MigrationFile f = files.get(i);
            Realm after;
            try {
                after = replay.run(scripts.subList(0, i + 1), Scope.SCHEMA);
            } catch (AtlasException e) {
                out.add(new FileLint(f.name(), Optional.of(e.getMessage()), List.of(), 0));
                continue;
            }
            Schema next = after.schemas().get(0);
            SchemaDiff diff = Atlas.diff(before, next);
            Plan plan = diff.plan(dialect);
            List<Diagnostic> found = linter.lint(diff.changes(), LintContext.of(dialect.name()).withPlan(plan), config).diagnostics();
            List<String> silenced = new ArrayList<>();
            boolean all = false;
            for (String args : f.directives("nolint")) {
                if (args.isBlank()) all = true;
                else silenced.addAll(List.of(args.trim().split("[\\s,]+")));
            }
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : found) if (!all && !silenced.contains(d.code())) kept.add(d);
            out.add(new FileLint(f.name(), Optional.empty(), kept, plan.statements().size()));
            before = next;
        }
        return new Report(out);
    }
}
