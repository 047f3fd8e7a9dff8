package io.atlas4j.mysql;

import io.atlas4j.Atlas;
import io.atlas4j.ApplyOptions;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.script.ScriptStatement;
import io.atlas4j.spi.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The steps every convergence test takes: load natively, load through a dev database, inspect, diff, plan, apply. */
final class Harness {
    private Harness() {
    }

    static MySqlDialect dialect(Connection c) throws SQLException {
        return MySqlDialect.create().forConnection(c);
    }

    /** Runs a script statement by statement with the dialect's splitter, as a user's tool would. */
    static void runNative(Connection c, MySqlDialect d, String script) throws SQLException {
        for (ScriptStatement s : d.syntax().splitter().split(script)) {
            try (var st = c.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + " at line " + s.line() + " in: " + s.sql(), e.getSQLState(), e);
            }
        }
    }

    static Schema inspect(Connection c, MySqlDialect d) {
        return d.inspector().inspectSchema(c, InspectOptions.defaults());
    }

    /** Loads SQL through a scratch database on the same server and inspects it back. */
    static Schema loadDev(Connection c, MySqlDialect d, String script) throws SQLException {
        try (DevDatabase dev = d.devDatabases().scratch(c, Optional.empty()).orElseThrow()) {
            runNative(dev.connection(), d, script);
            return d.inspector().inspectSchema(dev.connection(), InspectOptions.defaults().withSchemas(List.of(dev.schema().orElseThrow())));
        }
    }

    static List<Change> diff(MySqlDialect d, Schema from, Schema to) {
        return diff(d, from, to, DiffOptions.defaults());
    }

    static List<Change> diff(MySqlDialect d, Schema from, Schema to, DiffOptions options) {
        return Differ.diff(from, to, d.diffHooks(), options);
    }

    static Plan plan(MySqlDialect d, Schema from, Schema to) {
        return d.planner().plan(diff(d, from, to));
    }

    static void apply(Connection c, Plan p) {
        Atlas.apply(c, p, ApplyOptions.defaults().withAllowDestructive(true));
    }
}
