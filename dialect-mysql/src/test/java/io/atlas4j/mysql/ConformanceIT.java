package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.RenameHints;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sqldef and Atlas MySQL conformance cases as one convergence suite on MariaDB: load
 * current.sql natively, plan and apply toward desired.sql (loaded natively into another database),
 * then expect atlas4j's diff to be empty and the two databases to be identical by the server's own
 * catalog ({@link Catalog}).
 *
 * <p>Nothing is skipped. Every case runs on MariaDB whatever its meta.json says about flavors:
 * <ul>
 * <li>a case whose SQL MariaDB rejects is listed in {@code conformance-unloadable.txt} with the
 *     reason; it passes by still failing to load for that reason, and fails the suite once it
 *     loads (or fails for another reason);</li>
 * <li>a case in {@code conformance-expected-failures.txt} (each with its reason) must still fail,
 *     so a fix shows up as news;</li>
 * <li>a case of kind {@code error} expects atlas4j to refuse it.</li>
 * </ul>
 * sqldef's rename annotations ({@code -- @renamed from=old}) are read as atlas4j rename hints.
 * The summary (cases, loadable, converged by atlas4j's diff, identical by catalog) is printed and
 * written to {@code target/conformance-mysql.txt}.
 */
class ConformanceIT {
    private static final Map<String, Outcome> OUTCOMES = new TreeMap<>();
    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([^\"]*)\"");
    /** sqldef's rename annotation on a table's or a column's line (atlas4j has no hint for index renames). */
    private static final Pattern SQLDEF_RENAME = Pattern.compile("(?im)^(?!\\s*(?:index|key|unique|primary|constraint|fulltext|spatial"
            + "|foreign|check|create\\s+(?:unique\\s+)?index)\\b)(.*?)--\\s*@renamed\\s+from=([\\w$]+)\\s*$");

    /** What happened to one case. */
    enum Outcome {
        IDENTICAL("identical by catalog"),
        CONVERGED_ONLY("converged by atlas4j's diff, catalog differs"),
        FAILED("failed"),
        UNLOADABLE("does not load on MariaDB (listed)"),
        REFUSED("refused, as the case expects");

        final String text;

        Outcome(String text) {
            this.text = text;
        }
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Path root = SharedData.folder("conformance");
        Map<String, String> unloadable = listed("/conformance-unloadable.txt");
        Map<String, String> expectedFailures = listed("/conformance-expected-failures.txt");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("sqldef/mysql"))) {
            s.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        try (Stream<Path> s = Files.walk(root.resolve("atlas/mysql"))) {
            s.filter(p -> Files.exists(p.resolve("desired.sql"))).sorted().forEach(cases::add);
        }
        List<String> ids = cases.stream().map(dir -> root.relativize(dir).toString()).toList();
        List<DynamicTest> tests = new ArrayList<>();
        // The lists must name real cases, so a renamed case cannot hide in them.
        tests.add(DynamicTest.dynamicTest("listed cases exist", () -> {
            assertThat(ids).containsAll(unloadable.keySet());
            assertThat(ids).containsAll(expectedFailures.keySet());
        }));
        for (int i = 0; i < cases.size(); i++) {
            String id = ids.get(i);
            Path dir = cases.get(i);
            tests.add(DynamicTest.dynamicTest(id, () -> run(id, dir, unloadable.get(id), expectedFailures.get(id))));
        }
        return tests.stream();
    }

    private static void run(String id, Path dir, String unloadableReason, String expectedFailure) throws Exception {
        if (unloadableReason != null) {
            String why = loadFailure(dir);
            List<String> parts = List.of(unloadableReason.split("\\s*&&\\s*"));
            OUTCOMES.put(id, why != null && parts.stream().allMatch(why::contains) ? Outcome.UNLOADABLE : Outcome.FAILED);
            assertThat(why).as("%s is listed in conformance-unloadable.txt as failing to load with \"%s\"; "
                    + "when it loads, remove it from the list", id, unloadableReason).isNotNull().contains(parts);
            return;
        }
        boolean expectsError = isErrorCase(dir);
        Outcome outcome;
        Throwable failure = null;
        try {
            outcome = converge(dir, expectsError);
        } catch (AssertionError | Exception e) {
            outcome = e instanceof CatalogDifference ? Outcome.CONVERGED_ONLY : Outcome.FAILED;
            failure = e;
        }
        OUTCOMES.put(id, outcome);
        if (expectedFailure != null) {
            assertThat(outcome).as("%s is listed in conformance-expected-failures.txt (%s) but now passes: remove it from the list",
                    id, expectedFailure).isIn(Outcome.FAILED, Outcome.CONVERGED_ONLY);
            return;
        }
        if (failure instanceof Exception e) throw e;
        if (failure instanceof AssertionError e) throw e;
    }

    /** {@return the outcome of one case; throws when atlas4j's diff or the catalog shows a difference} */
    private static Outcome converge(Path dir, boolean expectsError) throws Exception {
        String current = read(dir, "current");
        String desired = read(dir, "desired");
        try (MariaDb.Db cur = new MariaDb.Db("a4j_conf"); MariaDb.Db want = new MariaDb.Db("a4j_conf_want")) {
            MySqlDialect d = Harness.dialect(cur.connection);
            Harness.runNative(cur.connection, d, current);
            Harness.runNative(want.connection, d, desired);
            DiffOptions hints = RenameHints.scan(desired, "desired.sql");
            Schema target = Harness.inspect(want.connection, d);
            Plan plan;
            try {
                plan = d.planner().plan(Harness.diff(d, Harness.inspect(cur.connection, d), target, hints));
                Harness.apply(cur.connection, plan);
            } catch (RuntimeException e) {
                if (expectsError) return Outcome.REFUSED;
                throw e;
            }
            assertThat(expectsError).as("the case expects atlas4j to refuse it, but it planned:\n%s", plan.sql()).isFalse();
            List<Change> left = Harness.diff(d, Harness.inspect(cur.connection, d), target);
            assertThat(left).as("left after applying %s", plan.sql()).isEmpty();
            String catalog = Catalog.report(Catalog.read(want.connection, want.name), Catalog.read(cur.connection, cur.name));
            if (!catalog.isEmpty()) throw new CatalogDifference("after applying:\n" + plan.sql() + "\n" + catalog);
            return Outcome.IDENTICAL;
        }
    }

    /** atlas4j's diff is empty, the server's catalog is not: the case converged by atlas4j's judgement only. */
    private static final class CatalogDifference extends AssertionError {
        CatalogDifference(String message) {
            super(message);
        }
    }

    /** {@return why the case's SQL does not load on this server, or null when both files load} */
    private static String loadFailure(Path dir) throws Exception {
        try (MariaDb.Db cur = new MariaDb.Db("a4j_conf"); MariaDb.Db want = new MariaDb.Db("a4j_conf_want")) {
            MySqlDialect d = Harness.dialect(cur.connection);
            String file = "current.sql";
            try {
                Harness.runNative(cur.connection, d, read(dir, "current"));
                file = "desired.sql";
                Harness.runNative(want.connection, d, read(dir, "desired"));
                return null;
            } catch (SQLException x) {
                return file + ": " + x.getMessage();
            }
        }
    }

    /**
     * Prefers the MariaDB variant of a state file (Atlas keeps per-server expectations). sqldef's
     * cases name their test database {@code mysqldef_test} in places; that qualifier is removed so
     * that they load into a database of any name. sqldef's rename annotation becomes atlas4j's.
     */
    private static String read(Path dir, String name) throws IOException {
        for (String n : List.of(name + ".maria107.sql", name + ".sql")) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                String sql = Files.readString(p, StandardCharsets.UTF_8).replace("`mysqldef_test`.", "").replace("mysqldef_test.", "");
                return SQLDEF_RENAME.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "-- atlas:renamed-from " + m.group(2)));
            }
        }
        return "";
    }

    private static boolean isErrorCase(Path dir) throws IOException {
        Path meta = dir.resolve("meta.json");
        if (!Files.exists(meta)) return false;
        Matcher k = KIND.matcher(Files.readString(meta));
        return k.find() && k.group(1).equals("error");
    }

    /** {@return case id to reason, from a resource of {@code id | reason} lines; {@code #} starts a comment} */
    private static Map<String, String> listed(String resource) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = ConformanceIT.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                int bar = line.indexOf('|');
                String id = (bar < 0 ? line : line.substring(0, bar)).trim();
                String reason = bar < 0 ? "" : line.substring(bar + 1).trim();
                if (reason.isEmpty()) throw new IllegalStateException(resource + ": " + id + " needs a reason after '|'");
                out.put(id, reason);
            }
        }
        return out;
    }

    @AfterAll
    static void report() throws IOException {
        long total = OUTCOMES.size();
        long unloadable = count(Outcome.UNLOADABLE);
        long identical = count(Outcome.IDENTICAL);
        long converged = identical + count(Outcome.CONVERGED_ONLY);
        long refused = count(Outcome.REFUSED);
        String summary = String.format("mysql conformance on MariaDB: %d cases, %d loadable, %d converged by atlas4j's diff, "
                + "%d identical by catalog, %d refused as expected, %d failed", total, total - unloadable, converged, identical,
                refused, count(Outcome.FAILED));
        System.out.println(summary);
        StringBuilder sb = new StringBuilder(summary).append('\n');
        OUTCOMES.forEach((k, v) -> sb.append(k).append('\t').append(v.text).append('\n'));
        Path out = Path.of("target", "conformance-mysql.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString());
    }

    private static long count(Outcome o) {
        return OUTCOMES.values().stream().filter(o::equals).count();
    }
}
