package io.atlas4j.postgres;

import io.atlas4j.plan.PlanOptions;
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
import io.atlas4j.spi.DevDatabase;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven convergence: each directory under {@code convergence/} holds {@code current.sql}
 * and {@code desired.sql}. The current schema is loaded natively, the desired one through a
 * scratch dev database; the plan is applied and the database must then diff to nothing.
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

    static void reset(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
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
        {
            reset(target.connection);
            reset(dev.connection());
            Convergence.load(target.connection, dir.resolve("current.sql").toString(), current);
            Schema have = Convergence.inspect(target.connection);
            Convergence.load(dev.connection(), dir.resolve("desired.sql").toString(), desired);
            Schema want = Convergence.inspect(dev.connection());
            Convergence.assertIdempotent(have);
            Convergence.assertIdempotent(want);
            Convergence.Result r = Convergence.converge(target.connection, have, want, options);
            Path plans = Path.of("target", "convergence-plans");
            Files.createDirectories(plans);
            Files.writeString(plans.resolve(dir.getFileName() + ".sql"), r.plan().sql());
            if (o.contains("no-change")) {
                assertThat(r.changes()).as("equivalent spellings diff to nothing").isEmpty();
            } else {
                assertThat(r.changes()).as("the case changes something").isNotEmpty();
            }
            r.assertConverged();
        }
    }
}
