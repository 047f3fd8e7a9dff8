package io.atlas4j.postgres;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import io.atlas4j.spi.DevDatabase;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven convergence: each directory under {@code convergence/} holds {@code current.sql}
 * and {@code desired.sql}. The current schema is loaded natively, the desired one through a
 * scratch dev database; the plan is applied and the database must then diff to nothing, and
 * render like the dev database by PostgreSQL's own catalog ({@link CatalogRendering}). An
 * optional {@code options} file turns on plan options ({@code concurrent}, {@code lock_timeout}),
 * says the two sides are only spelled differently ({@code no-change}), or lists a catalog
 * difference DDL cannot remove ({@code catalog-differs KEY # why}), which must then remain.
 */
class ConvergenceIT {
    private static Connection admin;
    private static PgServer.TestDb target;
    private static DevDatabase dev;

    /**
     * One target database and one scratch dev database for the whole suite (creating and dropping
     * a database costs about a second each on this server); every case starts from an empty
     * {@code public} schema in both.
     */
    @BeforeAll
    static void connect() throws Exception {
        admin = PgServer.admin();
        target = new PgServer.TestDb(admin, "atlas4j_conv");
        dev = PostgresDialect.create().devDatabases().scratch(admin, Optional.empty()).orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        if (dev != null) dev.close();
        if (target != null) target.close();
        if (admin != null) admin.close();
    }

    /** Drops every user schema and creates an empty {@code public}. */
    static void reset(Connection c) throws Exception {
        ConformanceIT.reset(c);
    }

    static List<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ConvergenceIT.class.getResource("/convergence").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> converges() throws Exception {
        List<Path> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private static void run(Path dir) throws Exception {
        String current = Files.readString(dir.resolve("current.sql"), StandardCharsets.UTF_8);
        String desired = Files.readString(dir.resolve("desired.sql"), StandardCharsets.UTF_8);
        PlanOptions options = PlanOptions.defaults();
        Path opts = dir.resolve("options");
        String o = Files.exists(opts) ? Files.readString(opts) : "";
        {
            if (o.contains("concurrent")) options = options.withConcurrentIndexes(true);
            if (o.contains("lock_timeout")) options = options.withLockTimeout(java.time.Duration.ofSeconds(3));
        }
        reset(target.connection);
        reset(dev.connection());
        Convergence.load(target.connection, dir.resolve("current.sql").toString(), current);
        Convergence.load(dev.connection(), dir.resolve("desired.sql").toString(), desired);
        Set<String> names = new TreeSet<>(CorpusIT.userSchemas(target.connection));
        names.addAll(CorpusIT.userSchemas(dev.connection()));
        List<String> schemas = List.copyOf(names);
        String plan;
        List<Change> changes;
        if (schemas.equals(List.of("public"))) {
            Schema have = Convergence.inspect(target.connection);
            Schema want = Convergence.inspect(dev.connection());
            Convergence.assertIdempotent(have);
            Convergence.assertIdempotent(want);
            Convergence.Result r = Convergence.converge(target.connection, have, want, options);
            r.assertConverged();
            plan = r.plan().sql();
            changes = r.changes();
        } else {
            // objects in more schemas than public: the whole realm, with qualified names
            Realm have = CorpusIT.inspect(target.connection, schemas);
            Realm want = CorpusIT.inspect(dev.connection(), schemas);
            assertThat(CorpusIT.diff(have, have)).as("diff(current, current)").isEmpty();
            assertThat(CorpusIT.diff(want, want)).as("diff(desired, desired)").isEmpty();
            changes = CorpusIT.diff(have, want);
            Plan p = PostgresDialect.create().planner().plan(changes, options.withQualifySchema(true));
            Atlas.apply(target.connection, p, ApplyOptions.defaults().withAllowDestructive(true));
            plan = p.sql();
            assertThat(CorpusIT.diff(CorpusIT.inspect(target.connection, schemas), want)).as("left after applying:\n%s", plan).isEmpty();
        }
        Path plans = Path.of("target", "convergence-plans");
        Files.createDirectories(plans);
        Files.writeString(plans.resolve(dir.getFileName() + ".sql"), plan);
        if (o.contains("no-change")) {
            assertThat(changes).as("equivalent spellings diff to nothing").isEmpty();
        } else {
            assertThat(changes).as("the case changes something").isNotEmpty();
        }
        // judged by the server too: the database reached renders like the desired one loaded natively,
        // but for the differences the case lists as out of DDL's reach ("catalog-differs KEY # why")
        var wanted = CatalogRendering.take(dev.connection(), schemas);
        var reached = CatalogRendering.take(target.connection, schemas);
        Set<String> listed = new TreeSet<>();
        for (String line : o.split("\n")) {
            if (line.startsWith("catalog-differs ")) listed.add(line.substring("catalog-differs ".length()).replaceAll("\\s*#.*", "").strip());
        }
        assertThat(CatalogRendering.differingKeys(wanted, reached)).as("catalog differences after applying:\n%s\n%s", plan,
                String.join("\n", CatalogRendering.differences(wanted, reached))).isEqualTo(listed);
    }
}
