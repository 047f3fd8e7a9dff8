package io.atlas4j.postgres;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The convergence check shared by the integration tests. */
final class Convergence {
    private Convergence() {
    }

    static Dialect dialect(Connection c) throws Exception {
        return PostgresDialect.create().forConnection(c);
    }

    static Schema inspect(Connection c) throws Exception {
        return dialect(c).inspector().inspectSchema(c, InspectOptions.defaults());
    }

    private static final java.util.regex.Pattern CLIENT_ENCODING =
            java.util.regex.Pattern.compile("(?is)^SET\\s+client_encoding\\s*(=|TO)\\s*'?([\\w-]+)'?$");

    /**
     * Runs a script statement by statement, as a user's migration tool would. JDBC always talks
     * UTF-8, so a script's {@code SET client_encoding} is emulated the way the server would read
     * the bytes psql sends: the statement text is re-decoded in that encoding.
     */
    static void load(Connection c, String name, String sql) throws Exception {
        java.nio.charset.Charset encoding = java.nio.charset.StandardCharsets.UTF_8;
        for (var st : PostgresDialect.create().syntax().splitter().split(sql)) {
            var m = CLIENT_ENCODING.matcher(st.sql().strip());
            if (m.matches()) {
                String e = m.group(2).toUpperCase(java.util.Locale.ROOT);
                encoding = e.equals("LATIN1") ? java.nio.charset.StandardCharsets.ISO_8859_1
                        : e.startsWith("WIN") ? java.nio.charset.Charset.forName("windows-" + e.substring(3))
                        : java.nio.charset.StandardCharsets.UTF_8;
                continue;
            }
            String text = new String(st.sql().getBytes(java.nio.charset.StandardCharsets.UTF_8), encoding);
            try (var s = c.createStatement()) {
                s.execute(text);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(name + ":" + st.line() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Loads SQL into a scratch database on the same server and inspects it back. */
    static Schema loadDesired(Connection admin, String name, String sql) throws Exception {
        Dialect d = dialect(admin);
        try (DevDatabase dev = d.devDatabases().scratch(admin, Optional.empty()).orElseThrow()) {
            load(dev.connection(), name, sql);
            return inspect(dev.connection());
        }
    }

    static List<Change> diff(Schema from, Schema to) {
        return Differ.diff(from, to, PostgresDialect.create().diffHooks(), DiffOptions.defaults());
    }

    /** Plans current -> desired, applies it, and returns what is left to do afterwards (empty when converged). */
    static Result converge(Connection target, Schema current, Schema desired, PlanOptions options) throws Exception {
        Dialect d = dialect(target);
        List<Change> changes = diff(current, desired);
        Plan plan = d.planner().plan(changes, options);
        Atlas.apply(target, plan, ApplyOptions.defaults().withAllowDestructive(true));
        Schema after = inspect(target);
        return new Result(changes, plan, diff(after, desired));
    }

    record Result(List<Change> changes, Plan plan, List<Change> remaining) {
        void assertConverged() {
            assertThat(remaining).as("left after applying:\n%s", plan.sql()).isEmpty();
        }
    }

    static void assertIdempotent(Schema s) {
        assertThat(diff(s, s)).as("diff(x, x)").isEmpty();
    }
}
