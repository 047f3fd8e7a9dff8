package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table-driven convergence against the real MariaDB server: every directory under
 * {@code cases/} holds a current.sql and a desired.sql. Each case loads current natively, loads
 * desired through a dev database, plans, applies, inspects again and expects no difference; then
 * it goes back from desired to current the same way. {@code diff(x, x)} must be empty on both sides, and
 * the server's own catalog must show the same schema as desired.sql loaded natively ({@link Catalog}).
 */
class ConvergenceIT {
    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        return caseDirs().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(MariaDb::server, dir)));
    }

    /** Runs one case directory forth and back on the server that {@code server} connects to. */
    static void runCase(Supplier<Connection> server, Path dir) throws Exception {
        String current = Files.readString(dir.resolve("current.sql"), StandardCharsets.UTF_8);
        String desired = Files.readString(dir.resolve("desired.sql"), StandardCharsets.UTF_8);
        // "noop-" cases spell the same schema two ways: nothing may be planned.
        boolean noop = dir.getFileName().toString().contains("-noop-");
        // A "reverse-is-noop" marker: going back is nothing to do (an AUTO_INCREMENT start only counts when desired names one).
        boolean reverseNoop = noop || Files.exists(dir.resolve("reverse-is-noop"));
        converge(server, current, desired, noop, catalogDiffers(dir, "forth"));
        converge(server, desired, current, reverseNoop, catalogDiffers(dir, "back"));
    }

    /**
     * {@return the catalog entries a case's direction is known to leave different, from its optional
     * {@code catalog-differs} file of {@code forth|back | catalog key | reason} lines} The case then
     * passes only while exactly those entries differ, so a fix shows up as news.
     */
    static Set<String> catalogDiffers(Path dir, String direction) throws java.io.IOException {
        Path f = dir.resolve("catalog-differs");
        if (!Files.exists(f)) return Set.of();
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split("\\|", 3);
            if (p.length < 3 || p[2].isBlank()) throw new IllegalStateException(f + ": want 'forth|back | key | reason', got: " + line);
            if (p[0].trim().equals(direction)) keys.add(p[1].trim());
        }
        return keys;
    }

    static Stream<Path> caseDirs() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(ConvergenceIT.class.getResource("/cases").toURI());
        try (Stream<Path> s = Files.list(root)) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            assertThat(dirs).hasSizeGreaterThanOrEqualTo(80);
            return dirs.stream();
        }
    }

    /**
     * Loads {@code current} into a fresh database, applies the plan to {@code desired} (loaded through a dev
     * database) and checks that nothing is left, by atlas4j's diff and by the server's catalog against
     * {@code desired} loaded natively into another database.
     */
    static void converge(Supplier<Connection> server, String current, String desired, boolean expectNoop) throws Exception {
        converge(server, current, desired, expectNoop, Set.of());
    }

    /** As {@link #converge(Supplier, String, String, boolean)}, where exactly the given catalog entries are known to differ. */
    static void converge(Supplier<Connection> server, String current, String desired, boolean expectNoop, Set<String> catalogDiffers)
            throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_conv", server); MariaDb.Db nativeDb = new MariaDb.Db("a4j_conv_native", server)) {
            MySqlDialect d = Harness.dialect(db.connection);
            Harness.runNative(db.connection, d, current);
            Schema have = Harness.inspect(db.connection, d);
            assertThat(Harness.diff(d, have, have)).as("diff(current, current)").isEmpty();
            Schema want = Harness.loadDev(db.connection, d, desired);
            assertThat(Harness.diff(d, want, want)).as("diff(desired, desired)").isEmpty();
            Plan plan = Harness.plan(d, have, want);
            if (expectNoop) assertThat(plan.statements()).as("plan for equivalent spellings").isEmpty();
            else assertThat(plan.statements()).as("plan for different schemas").isNotEmpty();
            Harness.apply(db.connection, plan);
            Schema after = Harness.inspect(db.connection, d);
            List<Change> left = Harness.diff(d, after, want);
            assertThat(left).as("changes left after applying:\n%s\nto go from:\n%s\nto:\n%s", plan.sql(), current, desired).isEmpty();
            Harness.runNative(nativeDb.connection, d, desired);
            Catalog nativeCatalog = Catalog.read(nativeDb.connection, nativeDb.name);
            Catalog actual = Catalog.read(db.connection, db.name);
            assertThat(Catalog.differences(nativeCatalog, actual).stream().map(l -> l.lines().findFirst().orElse("")).toList())
                    .as("the server's catalog after applying:\n%s\nto go from:\n%s\nto:\n%s\n%s", plan.sql(), current, desired,
                            Catalog.report(nativeCatalog, actual))
                    .containsExactlyInAnyOrderElementsOf(catalogDiffers);
            // Where the plan says it can be undone, its reverse script must lead back to current.
            if (!plan.isEmpty() && plan.isReversible()) {
                for (String sql : plan.reverse()) db.exec(sql);
                assertThat(Harness.diff(d, Harness.inspect(db.connection, d), have))
                        .as("changes left after the reverse script:\n%s", String.join(";\n", plan.reverse())).isEmpty();
            }
        }
    }
}
