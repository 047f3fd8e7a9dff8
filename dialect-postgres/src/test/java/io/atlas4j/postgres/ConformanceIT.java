package io.atlas4j.postgres;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migra and pgschema conformance cases (shared/conformance) as one convergence suite. Cases
 * listed in {@code conformance-expected-failures.txt} must still fail (so an improvement shows up
 * as a prompt to shorten the list); every other case must converge. The share is printed.
 */
class ConformanceIT {
    private static Connection admin;
    private static PgServer.TestDb target;
    private static DevDatabase dev;
    private static final Map<String, String> failures = new TreeMap<>();
    private static int cases;

    @BeforeAll
    static void connect() throws Exception {
        admin = PgServer.admin();
        target = new PgServer.TestDb(admin, "atlas4j_conf");
        dev = PostgresDialect.create().openDevDatabase(Optional.of(admin)).orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        if (cases > 0) {
            System.out.printf("[atlas4j] PostgreSQL conformance: %d of %d cases converge (%.1f%%)%n", cases - failures.size(), cases,
                    100.0 * (cases - failures.size()) / cases);
            String record = System.getProperty("atlas4j.conformance.record");
            if (record != null) {
                List<String> lines = new ArrayList<>();
                failures.forEach((k, v) -> lines.add(k + "  # " + v.replaceAll("\\s+", " ").substring(0, Math.min(160, v.replaceAll("\\s+", " ").length()))));
                Files.write(Path.of(record), lines);
            }
        }
        if (dev != null) dev.close();
        if (target != null) target.close();
        if (admin != null) admin.close();
    }

    record Case(String id, Path current, Path desired) {
    }

    static List<Case> cases() throws Exception {
        Path root = Path.of(System.getProperty("atlas4j.shared"), "conformance");
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("migra"), 1)) {
            s.filter(p -> Files.exists(p.resolve("b.sql"))).sorted()
                    .forEach(p -> out.add(new Case("migra/" + p.getFileName(), p.resolve("a.sql"), p.resolve("b.sql"))));
        }
        try (Stream<Path> s = Files.walk(root.resolve("pgschema"), 2)) {
            s.filter(p -> Files.exists(p.resolve("new.sql"))).sorted()
                    .forEach(p -> out.add(new Case("pgschema/" + root.resolve("pgschema").relativize(p), p.resolve("old.sql"), p.resolve("new.sql"))));
        }
        return out;
    }

    static Set<String> expectedFailures() throws Exception {
        Set<String> out = new LinkedHashSet<>();
        try (var in = ConformanceIT.class.getResourceAsStream("/conformance-expected-failures.txt")) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String id = line.replaceAll("#.*", "").strip();
                if (!id.isEmpty()) out.add(id);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws Exception {
        Set<String> expected = expectedFailures();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            cases++;
            Optional<String> failure = run(c);
            failure.ifPresent(f -> failures.put(c.id(), f));
            if (expected.contains(c.id())) {
                assertThat(failure).as("%s converges now: remove it from conformance-expected-failures.txt", c.id()).isPresent();
            } else {
                assertThat(failure).as("%s", c.id()).isEmpty();
            }
        }));
    }

    static void reset(Connection c) throws Exception {
        for (String s : CorpusIT.userSchemas(c)) {
            try (var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + PgIdentQuote.quote(s) + " CASCADE");
            }
        }
        try (var st = c.createStatement()) {
            st.execute("CREATE SCHEMA public");
        }
    }

    /** {@return why the case does not converge, or empty when it does} */
    private static Optional<String> run(Case c) {
        try {
            reset(target.connection);
            reset(dev.connection());
            String current = Files.exists(c.current()) ? Files.readString(c.current()) : "";
            String desired = Files.readString(c.desired());
            try {
                Convergence.load(target.connection, "current.sql", current);
                Convergence.load(dev.connection(), "desired.sql", desired);
            } catch (AssertionError e) {
                return Optional.of("does not load on this server: " + e.getMessage());
            }
            Set<String> names = new LinkedHashSet<>(CorpusIT.userSchemas(target.connection));
            names.addAll(CorpusIT.userSchemas(dev.connection()));
            List<String> schemas = List.copyOf(names);
            Realm have = CorpusIT.inspect(target.connection, schemas);
            Realm want = CorpusIT.inspect(dev.connection(), schemas);
            Plan plan = PostgresDialect.create().planner().plan(CorpusIT.diff(have, want), PlanOptions.defaults().withQualifySchema(true));
            Atlas.apply(target.connection, plan, ApplyOptions.defaults().withAllowDestructive(true));
            var left = CorpusIT.diff(CorpusIT.inspect(target.connection, schemas), want);
            return left.isEmpty() ? Optional.empty() : Optional.of("not converged: " + left);
        } catch (Exception | AssertionError e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
