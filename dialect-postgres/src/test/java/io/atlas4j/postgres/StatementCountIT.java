package io.atlas4j.postgres;

import io.atlas4j.inspect.CountingConnection;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspection issues the same number of catalog statements for 10 tables as for 1,000. */
class StatementCountIT {
    private static Connection admin;

    @BeforeAll
    static void connect() {
        admin = PgServer.admin();
    }

    @AfterAll
    static void close() throws Exception {
        if (admin != null) admin.close();
    }

    /** The benchmark workload's shape (see shared/bench/gen_schema.py): columns, indexes, FKs, checks, views. */
    static String schema(int n) {
        StringBuilder sb = new StringBuilder("CREATE TYPE state AS ENUM ('on', 'off');\n");
        for (int i = 1; i <= n; i++) {
            sb.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, code varchar(64) NOT NULL, name varchar(255),"
                    + " qty integer NOT NULL DEFAULT 0, amount numeric(12,2), active boolean NOT NULL DEFAULT true,"
                    + " created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, notes text, s state");
            if (i % 2 == 0) sb.append(", parent_id bigint REFERENCES t").append(i / 2).append(" (id)");
            if (i % 5 == 0) sb.append(", CHECK (qty >= 0)");
            sb.append(");\n");
            sb.append("CREATE UNIQUE INDEX t").append(i).append("_code_uk ON t").append(i).append(" (code);\n");
            sb.append("CREATE INDEX t").append(i).append("_created_ix ON t").append(i).append(" (created_at, qty);\n");
            sb.append("COMMENT ON TABLE t").append(i).append(" IS 'table ").append(i).append("';\n");
        }
        for (int j = 1; j <= Math.max(1, n / 10); j++) {
            sb.append("CREATE VIEW v").append(j).append(" AS SELECT id, code, name FROM t").append(j).append(" WHERE active;\n");
        }
        return sb.toString();
    }

    private static int statements(int tables) throws Exception {
        try (PgServer.TestDb db = new PgServer.TestDb(admin, "atlas4j_count")) {
            try (var s = db.connection.createStatement()) {
                s.execute(schema(tables));
            }
            CountingConnection counting = new CountingConnection(db.connection);
            Connection counted = counting.connection();
            long t0 = System.nanoTime();
            Schema schema = PostgresDialect.create().forConnection(counted).inspector().inspectSchema(counted, InspectOptions.defaults());
            long t1 = System.nanoTime();
            Schema again = PostgresDialect.create().inspector().inspectSchema(db.connection, InspectOptions.defaults());
            long t2 = System.nanoTime();
            assertThat(again).isEqualTo(schema);
            // informational only, never asserted: the JMH benchmark is where timing belongs
            System.out.printf("[atlas4j] inspected %d tables in %d ms (cold), %d ms (second run)%n", tables,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            assertThat(schema.tables()).hasSize(tables);
            assertThat(schema.views()).hasSize(Math.max(1, tables / 10));
            assertThat(schema.tables().get(0).indexes()).hasSize(2);
            Convergence.assertIdempotent(schema);
            assertThat(counting.executed()).as("statements executed").isEqualTo(counting.created());
            return counting.executed();
        }
    }

    @Test
    void sameStatementCountFor10And1000Tables() throws Exception {
        int small = statements(10);
        int large = statements(1000);
        assertThat(small).isPositive();
        assertThat(large).as("statements for 1000 tables vs 10").isEqualTo(small);
        System.out.println("[atlas4j] PostgreSQL inspection statements: " + small + " for 10 tables, " + large + " for 1000 tables");
    }
}
