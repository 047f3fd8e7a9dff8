package io.atlas4j.postgres;

import io.atlas4j.testkit.PgCaseRoles;
import io.atlas4j.testkit.SharedData;
import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.postgres.ConformanceOutcome.Kind;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.DevDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third-party conformance cases (shared/conformance: migra, pgschema, sqldef's PostgreSQL
 * cases) as one convergence suite: load current natively, plan and apply toward desired, inspect
 * again, which must match desired loaded natively into the dev database, so a second plan is empty.
 * <p>
 * Converging by atlas4j's diff is not enough: the target must then render like the desired
 * database by the server's own catalog ({@link CatalogRendering}).
 * <p>
 * The expected-failures lists pin every case that does not reach an identical catalog, with a
 * short reason. A reason starting with {@code not loadable:} marks a case whose SQL does not load
 * on this server, one starting with {@code catalog differs:} a case that converges by atlas4j's
 * diff while the catalog still differs; any other reason marks a failure. An unlisted case must
 * be identical; a listed one must still fail the listed way (for a case that does not load, for
 * exactly the listed reason), so a loader that breaks (turning cases into "not loadable") or an
 * improvement both fail the suite, and nothing is skipped. A summary goes to
 * {@code target/conformance-postgres.txt}.
 */
class ConformanceIT {
    static final List<String> EXPECTED_FAILURES = List.of("/conformance-expected-failures.txt", "/conformance-sqldef-expected-failures.txt");
    private static final Pattern MIN_VERSION = Pattern.compile("\"min_version\"\\s*:\\s*\"(\\d+)");
    private static final Pattern FLAVOR = Pattern.compile("\"flavor\"\\s*:\\s*\"([^\"]+)\"");

    private static Connection admin;
    private static PgServer.TestDb target;
    private static DevDatabase dev;
    private static int serverMajor;
    private static boolean pgvector;
    private static long started;
    private static final Map<String, ConformanceOutcome> outcomes = new TreeMap<>();
    /** The roles the cases grant to, shared with other suites running at once. */
    private static PgCaseRoles roles;

    @BeforeAll
    static void connect() throws Exception {
        started = System.nanoTime();
        admin = PgServer.admin();
        target = new PgServer.TestDb(admin, "atlas4j_conf");
        dev = PostgresDialect.create().devDatabases().scratch(admin, Optional.empty()).orElseThrow();
        serverMajor = admin.getMetaData().getDatabaseMajorVersion();
        roles = PgCaseRoles.create(admin);
        try (var s = admin.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")) {
            pgvector = rs.next() && rs.getInt(1) > 0;
        }
    }

    @AfterAll
    static void close() throws Exception {
        try {
            if (!outcomes.isEmpty()) {
                ConformanceSummary summary = new ConformanceSummary(outcomes, expectedFailures(), (System.nanoTime() - started) / 1_000_000_000.0);
                System.out.println(summary.headline());
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "conformance-postgres.txt"), summary.text());
                String record = System.getProperty("atlas4j.conformance.record");
                if (record != null) Files.write(Path.of(record), summary.expectedFailureLines());
            }
        } finally {
            if (dev != null) dev.close();
            if (target != null) target.close();
            if (admin != null) {
                if (roles != null) roles.close();
                admin.close();
            }
        }
    }

    record Case(String id, Path current, Path desired, String meta) {
    }

    static List<Case> cases() throws Exception {
        Path root = SharedData.folder("conformance");
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("migra"), 1)) {
            s.filter(p -> Files.exists(p.resolve("b.sql"))).sorted()
                    .forEach(p -> out.add(new Case("migra/" + p.getFileName(), p.resolve("a.sql"), p.resolve("b.sql"), "")));
        }
        try (Stream<Path> s = Files.walk(root.resolve("pgschema"), 2)) {
            s.filter(p -> Files.exists(p.resolve("new.sql"))).sorted()
                    .forEach(p -> out.add(new Case("pgschema/" + root.resolve("pgschema").relativize(p), p.resolve("old.sql"), p.resolve("new.sql"), "")));
        }
        Path sqldef = root.resolve("sqldef").resolve("postgres");
        try (Stream<Path> s = Files.list(sqldef)) {
            for (Path p : s.filter(p -> Files.exists(p.resolve("meta.json"))).sorted().toList()) {
                out.add(new Case("sqldef/postgres/" + p.getFileName(), p.resolve("current.sql"), p.resolve("desired.sql"),
                        Files.readString(p.resolve("meta.json"))));
            }
        }
        return out;
    }

    /** {@return listed case id -> listed reason, from all expected-failures files} */
    static Map<String, String> expectedFailures() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String resource : EXPECTED_FAILURES) {
            try (var in = ConformanceIT.class.getResourceAsStream(resource)) {
                if (in == null) continue;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.strip().startsWith("#") || line.isBlank()) continue;
                    int hash = line.indexOf('#');
                    String id = (hash < 0 ? line : line.substring(0, hash)).strip();
                    out.put(id, hash < 0 ? "" : line.substring(hash + 1).strip());
                }
            }
        }
        return out;
    }

    static Kind expectedKind(String listedReason) {
        if (listedReason.startsWith(ConformanceOutcome.NOT_LOADABLE_PREFIX)) return Kind.NOT_LOADABLE;
        return listedReason.startsWith(ConformanceOutcome.CATALOG_PREFIX) ? Kind.CONVERGED : Kind.FAILED;
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws Exception {
        Map<String, String> expected = expectedFailures();
        List<Case> all = cases();
        assertThat(all).as("conformance cases found under %s", SharedData.root()).hasSizeGreaterThan(1000);
        assertThat(all.stream().map(Case::id).toList()).as("every listed case exists").containsAll(expected.keySet());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            ConformanceOutcome o = run(c);
            outcomes.put(c.id(), o);
            String listed = expected.get(c.id());
            if (listed == null) {
                assertThat(o.kind()).as("%s: %s\n%s", c.id(), o.reason(), o.detail()).isEqualTo(Kind.IDENTICAL);
                return;
            }
            assertThat(o.kind()).as("%s is identical now: remove it from the expected failures", c.id()).isNotEqualTo(Kind.IDENTICAL);
            assertThat(o.kind()).as("%s is listed as '%s' but: %s\n%s", c.id(), listed, o.reason(), o.detail()).isEqualTo(expectedKind(listed));
            // a case that does not load must still fail to load for exactly the listed reason
            if (o.kind() == Kind.NOT_LOADABLE) assertThat(o.reason()).as("%s: %s", c.id(), o.detail()).isEqualTo(listed);
        }));
    }

    static void reset(Connection c) throws Exception {
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
        try (var st = c.createStatement()) {
            st.execute("RESET ALL");
            st.execute("SET statement_timeout = '60s'");
        }
        for (String s : CorpusIT.userSchemas(c)) {
            try (var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + PgIdentQuote.quote(s) + " CASCADE");
            }
        }
        try (var st = c.createStatement()) {
            st.execute("CREATE SCHEMA public");
        }
    }

    /** {@return why the case cannot load on this server, from its meta.json limits} */
    private static Optional<String> metaLimit(Case c) {
        Matcher v = MIN_VERSION.matcher(c.meta());
        if (v.find() && Integer.parseInt(v.group(1)) > serverMajor) {
            return Optional.of("needs PostgreSQL " + v.group(1) + " (meta.json min_version)");
        }
        Matcher f = FLAVOR.matcher(c.meta());
        if (f.find() && f.group(1).equals("pgvector") && !pgvector) return Optional.of("needs pgvector");
        return Optional.empty();
    }

    private static ConformanceOutcome run(Case c) {
        try {
            Optional<String> limit = metaLimit(c);
            if (limit.isPresent()) return ConformanceOutcome.notLoadable(limit.get(), "meta.json");
            reset(target.connection);
            reset(dev.connection());
            String current = Files.exists(c.current()) ? Files.readString(c.current()) : "";
            String desired = Files.exists(c.desired()) ? Files.readString(c.desired()) : "";
            try {
                Convergence.load(target.connection, "current.sql", current);
                Convergence.load(dev.connection(), "desired.sql", desired);
            } catch (AssertionError e) {
                return ConformanceOutcome.notLoadable(e.getMessage());
            }
            Set<String> names = new LinkedHashSet<>(CorpusIT.userSchemas(target.connection));
            names.addAll(CorpusIT.userSchemas(dev.connection()));
            List<String> schemas = List.copyOf(names);
            Realm have = CorpusIT.inspect(target.connection, schemas);
            Realm want = CorpusIT.inspect(dev.connection(), schemas);
            PlanOptions options = PlanOptions.defaults().withQualifySchema(true);
            var planner = PostgresDialect.create().planner();
            Plan plan = planner.plan(CorpusIT.diff(have, want), options);
            Atlas.apply(target.connection, plan, ApplyOptions.defaults().withAllowDestructive(true));
            List<Change> left = CorpusIT.diff(CorpusIT.inspect(target.connection, schemas), want);
            if (!left.isEmpty()) return ConformanceOutcome.notConverged(left);
            assertThat(planner.plan(left, options).statements()).as("second plan").isEmpty();
            List<String> differences = CatalogRendering.differences(CatalogRendering.take(dev.connection(), schemas),
                    CatalogRendering.take(target.connection, schemas));
            return differences.isEmpty() ? ConformanceOutcome.identical() : ConformanceOutcome.catalogDiffers(differences);
        } catch (Exception | AssertionError e) {
            return ConformanceOutcome.failed(e);
        }
    }
}
