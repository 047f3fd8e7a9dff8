package io.atlas4j.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Schema;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** An INVALID index left by a failed CREATE INDEX CONCURRENTLY is seen, and the plan rebuilds it. */
class InvalidIndexIT {
    @Test
    void invalidIndexIsRebuilt() throws Exception {
        try (Connection admin = PgServer.admin(); PgServer.TestDb db = new PgServer.TestDb(admin, "atlas4j_invalid")) {
            Connection c = db.connection;
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int PRIMARY KEY, code text)");
                s.execute("CREATE UNIQUE INDEX t_code_uk ON t (code)");
            }
            PostgresDialect pg = PostgresDialect.create();
            Schema desired = pg.forConnection(c).inspector().inspectSchema(c, InspectOptions.defaults());
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX t_code_uk");
                s.execute("INSERT INTO t VALUES (1, 'a'), (2, 'a')");
                assertThatThrownBy(() -> s.execute("CREATE UNIQUE INDEX CONCURRENTLY t_code_uk ON t (code)"))
                        .hasMessageContaining("could not create unique index");
                s.execute("DELETE FROM t WHERE id = 2");
            }
            Schema current = pg.forConnection(c).inspector().inspectSchema(c, InspectOptions.defaults());
            Index left = current.table("t").orElseThrow().index("t_code_uk").orElseThrow();
            assertThat(left.attrs().has(PgInvalidIndex.class)).as("the leftover index is marked invalid").isTrue();

            Plan plan = Atlas.diff(current, desired, pg).plan(pg);
            assertThat(plan.sql()).contains("DROP INDEX").contains("CREATE UNIQUE INDEX");
            Atlas.apply(c, plan, ApplyOptions.defaults());
            Schema after = pg.forConnection(c).inspector().inspectSchema(c, InspectOptions.defaults());
            assertThat(after.table("t").orElseThrow().index("t_code_uk").orElseThrow().attrs().has(PgInvalidIndex.class)).isFalse();
            assertThat(Atlas.diff(after, desired, pg).changes()).isEmpty();
        }
    }
}
