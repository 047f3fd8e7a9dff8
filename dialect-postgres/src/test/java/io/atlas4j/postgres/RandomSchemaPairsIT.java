package io.atlas4j.postgres;

import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random current/desired schema pairs drawn from overlapping table, column and type pools, so
 * that pairs add, drop and retype columns, toggle keys, indexes, checks, foreign keys, comments
 * and views. Every pair must converge on the real server.
 */
class RandomSchemaPairsIT {
    private static final String[][] TYPES = {
            {"integer", "42"}, {"bigint", "7"}, {"smallint", "1"}, {"text", "'x'"}, {"varchar(20)", "'y'"},
            {"varchar(50)", null}, {"numeric(10,2)", "1.5"}, {"boolean", "true"}, {"timestamptz", "now()"},
            {"date", "CURRENT_DATE"}, {"jsonb", "'{}'"}, {"uuid", null}, {"integer[]", "'{}'"},
            {"double precision", null}, {"inet", null}, {"mood", "'ok'"}};
    private static Connection admin;
    private static PgServer.TestDb target;
    private static DevDatabase dev;

    @BeforeContainer
    static void connect() throws Exception {
        admin = PgServer.admin();
        target = new PgServer.TestDb(admin, "atlas4j_prop");
        dev = PostgresDialect.create().devDatabases().scratch(admin, Optional.empty()).orElseThrow();
    }

    @AfterContainer
    static void close() throws Exception {
        if (dev != null) dev.close();
        if (target != null) target.close();
        if (admin != null) admin.close();
    }

    record Col(String name, int type, boolean notNull, boolean withDefault, boolean comment) {
    }

    record Tab(String name, List<Col> cols, boolean pk, boolean index, boolean unique, boolean check, boolean fk,
               boolean view, boolean comment) {
    }

    @Provide
    Arbitrary<List<Tab>> schemas() {
        Arbitrary<Col> col = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, TYPES.length - 1),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4))
                .as((n, t, nn, d, c) -> new Col("c" + n, t, nn, d, c == 0));
        Arbitrary<Tab> tab = Combinators.combine(Arbitraries.integers().between(0, 3), col.list().ofMaxSize(4),
                Arbitraries.integers().between(0, 255))
                .as((n, cols, f) -> new Tab("t" + n, cols, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0, (f & 8) != 0,
                        (f & 16) != 0, (f & 32) != 0, (f & 192) == 192));
        return tab.list().ofMaxSize(4).map(RandomSchemaPairsIT::distinct);
    }

    private static List<Tab> distinct(List<Tab> tabs) {
        List<Tab> out = new ArrayList<>();
        for (Tab t : tabs) {
            if (out.stream().anyMatch(o -> o.name().equals(t.name()))) continue;
            List<Col> cols = new ArrayList<>();
            for (Col c : t.cols()) if (cols.stream().noneMatch(o -> o.name().equals(c.name()))) cols.add(c);
            out.add(new Tab(t.name(), cols, t.pk(), t.index(), t.unique(), t.check(), t.fk(), t.view(), t.comment()));
        }
        return out;
    }

    /** c0 is always an integer key so foreign keys stay valid across type changes of the other columns. */
    static String sql(List<Tab> tabs) {
        StringBuilder sb = new StringBuilder("CREATE TYPE mood AS ENUM ('sad', 'ok');\n");
        Tab previous = null;
        for (Tab t : tabs) {
            List<String> defs = new ArrayList<>();
            defs.add("c0 integer NOT NULL" + (t.pk() ? " PRIMARY KEY" : ""));
            for (Col c : t.cols()) {
                String[] type = TYPES[c.type()];
                defs.add(c.name() + " " + type[0] + (c.withDefault() && type[1] != null ? " DEFAULT " + type[1] : "")
                        + (c.notNull() ? " NOT NULL" : ""));
            }
            if (t.unique() && !t.cols().isEmpty()) defs.add("UNIQUE (" + t.cols().get(0).name() + ")");
            if (t.check() && !t.cols().isEmpty()) defs.add("CHECK (c0 > 0 OR " + t.cols().get(0).name() + " IS NULL)");
            if (t.fk() && previous != null && previous.pk()) defs.add("FOREIGN KEY (c0) REFERENCES " + previous.name() + " (c0) ON DELETE CASCADE");
            sb.append("CREATE TABLE ").append(t.name()).append(" (").append(String.join(", ", defs)).append(");\n");
            if (t.index()) sb.append("CREATE INDEX ").append(t.name()).append("_ix ON ").append(t.name()).append(" (c0")
                    .append(t.cols().isEmpty() ? "" : ", " + t.cols().get(t.cols().size() - 1).name()).append(");\n");
            if (t.comment()) sb.append("COMMENT ON TABLE ").append(t.name()).append(" IS 'table ").append(t.name()).append("';\n");
            for (Col c : t.cols()) {
                if (c.comment()) sb.append("COMMENT ON COLUMN ").append(t.name()).append('.').append(c.name()).append(" IS 'col';\n");
            }
            if (t.view()) {
                sb.append("CREATE VIEW ").append(t.name()).append("_v AS SELECT c0")
                        .append(t.cols().isEmpty() ? "" : ", " + t.cols().get(0).name()).append(" FROM ").append(t.name()).append(";\n");
            }
            previous = t;
        }
        return sb.toString();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void randomPairsConverge(@ForAll("schemas") List<Tab> current, @ForAll("schemas") List<Tab> desired) throws Exception {
        ConvergenceIT.reset(target.connection);
        ConvergenceIT.reset(dev.connection());
        String from = sql(current);
        String to = sql(desired);
        Convergence.load(target.connection, "current.sql", from);
        Convergence.load(dev.connection(), "desired.sql", to);
        Schema have = Convergence.inspect(target.connection);
        Schema want = Convergence.inspect(dev.connection());
        Convergence.assertIdempotent(have);
        Convergence.Result r = Convergence.converge(target.connection, have, want, PlanOptions.defaults());
        assertThat(r.remaining()).as("current:\n%s\ndesired:\n%s\nplan:\n%s", from, to, r.plan().sql()).isEmpty();
    }
}
