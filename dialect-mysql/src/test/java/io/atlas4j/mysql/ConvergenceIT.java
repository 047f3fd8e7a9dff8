package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.Change;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table-driven convergence against the real MariaDB server: every directory under
 * {@code cases/} holds a current.sql and a desired.sql. Each case loads current natively, loads
 * desired through a dev database, plans, applies, inspects again and expects no difference; then
 * it goes back from desired to current the same way. {@code diff(x, x)} must be empty on both sides.
 */
class ConvergenceIT {
    @TestFactory
    Stream<DynamicTest> cases() throws Exception {
        return caseDirs().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String current = Files.readString(dir.resolve("current.sql"), StandardCharsets.UTF_8);
            String desired = Files.readString(dir.resolve("desired.sql"), StandardCharsets.UTF_8);
            converge(current, desired);
            converge(desired, current);
        }));
    }

    static Stream<Path> caseDirs() throws URISyntaxException, java.io.IOException {
        Path root = Path.of(ConvergenceIT.class.getResource("/cases").toURI());
        try (Stream<Path> s = Files.list(root)) {
            List<Path> dirs = s.filter(Files::isDirectory).sorted().toList();
            assertThat(dirs).hasSizeGreaterThanOrEqualTo(80);
            return dirs.stream();
        }
    }

    /** Loads {@code current} into a fresh database, applies the plan to {@code desired} and checks that nothing is left. */
    static void converge(String current, String desired) throws Exception {
        try (MariaDb.Db db = new MariaDb.Db("a4j_conv")) {
            MySqlDialect d = Harness.dialect(db.connection);
            Harness.runNative(db.connection, d, current);
            Schema have = Harness.inspect(db.connection, d);
            assertThat(Harness.diff(d, have, have)).as("diff(current, current)").isEmpty();
            Schema want = Harness.loadDev(db.connection, d, desired);
            assertThat(Harness.diff(d, want, want)).as("diff(desired, desired)").isEmpty();
            Plan plan = Harness.plan(d, have, want);
            Harness.apply(db.connection, plan);
            Schema after = Harness.inspect(db.connection, d);
            List<Change> left = Harness.diff(d, after, want);
            assertThat(left).as("changes left after applying:\n%s\nto go from:\n%s\nto:\n%s", plan.sql(), current, desired).isEmpty();
        }
    }
}
