package io.atlas4j.postgres;

import io.atlas4j.postgres.ConformanceOutcome.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts per source and outcome and the most common reasons, for target/conformance-postgres.txt. */
record ConformanceSummary(Map<String, ConformanceOutcome> outcomes, Map<String, String> listed, double seconds) {

    String headline() {
        long total = outcomes.size();
        long loadable = count(outcomes, Kind.NOT_LOADABLE, false);
        long identical = count(outcomes, Kind.IDENTICAL, true);
        long converged = identical + count(outcomes, Kind.CONVERGED, true);
        return String.format("[atlas4j] PostgreSQL conformance: %d cases, %d loadable, %d converge by atlas4j's diff (%.1f%% of loadable),"
                        + " %d identical by the server's catalog (%.1f%% of loadable, %.1f%% of all) in %.0f s",
                total, loadable, converged, pct(converged, loadable), identical, pct(identical, loadable), pct(identical, total), seconds);
    }

    String text() {
        StringBuilder b = new StringBuilder(headline()).append("\n\n");
        b.append(String.format("%-12s %6s %9s %10s %10s %7s %13s%n", "source", "cases", "loadable", "converged", "identical", "failed",
                "not loadable"));
        Map<String, List<ConformanceOutcome>> bySource = outcomes.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getKey().startsWith("sqldef/") ? "sqldef" : e.getKey().substring(0, e.getKey().indexOf('/')),
                TreeMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        bySource.forEach((source, list) -> b.append(String.format("%-12s %6d %9d %10d %10d %7d %13d%n", source, list.size(),
                list.stream().filter(o -> o.kind() != Kind.NOT_LOADABLE).count(),
                list.stream().filter(o -> o.kind() == Kind.CONVERGED || o.kind() == Kind.IDENTICAL).count(),
                list.stream().filter(o -> o.kind() == Kind.IDENTICAL).count(),
                list.stream().filter(o -> o.kind() == Kind.FAILED).count(),
                list.stream().filter(o -> o.kind() == Kind.NOT_LOADABLE).count())));
        section(b, "Failure reasons (count, reason)", Kind.FAILED);
        section(b, "Converged by atlas4j's diff, but the catalog differs (count, first difference)", Kind.CONVERGED);
        section(b, "Not loadable on this server (count, reason)", Kind.NOT_LOADABLE);
        b.append("\nCases not identical:\n");
        outcomes.forEach((id, o) -> {
            if (o.kind() != Kind.IDENTICAL) b.append(id).append("  # ").append(reason(id, o)).append('\n');
        });
        return b.toString();
    }

    private void section(StringBuilder b, String title, Kind kind) {
        b.append('\n').append(title).append(":\n");
        outcomes.entrySet().stream().filter(e -> e.getValue().kind() == kind)
                .collect(Collectors.groupingBy(e -> group(reason(e.getKey(), e.getValue())), Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> b.append(String.format("%5d  %s%n", e.getValue(), e.getKey())));
    }

    /** The listed reason when the case failed the listed way, else the observed one. */
    String reason(String id, ConformanceOutcome o) {
        String l = listed.get(id);
        return l != null && !l.isEmpty() && ConformanceIT.expectedKind(l) == o.kind() ? l : o.reason();
    }

    /** Identifiers vary per case; the reason's shape is what groups. */
    static String group(String reason) {
        return reason.replaceAll("\"[^\"]*\"", "\"…\"");
    }

    List<String> expectedFailureLines() {
        List<String> out = new ArrayList<>();
        outcomes.forEach((id, o) -> {
            if (o.kind() != Kind.IDENTICAL) out.add(id + "  # " + reason(id, o));
        });
        return out;
    }

    private static long count(Map<String, ConformanceOutcome> m, Kind k, boolean is) {
        return m.values().stream().filter(o -> (o.kind() == k) == is).count();
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
