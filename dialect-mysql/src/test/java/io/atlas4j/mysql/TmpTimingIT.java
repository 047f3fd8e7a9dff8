package io.atlas4j.mysql;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpTimingIT {
    @Test
    void timing() throws Exception {
        for (String db : List.of(System.getProperty("tdbs", "a4j_mysqlbench_1000").split(","))) {
            try (Connection c = MariaDb.server()) {
                c.setCatalog(db);
                MySqlDialect d = Harness.dialect(c);
                long t0 = System.nanoTime();
                Schema s = d.inspector().inspectSchema(c, InspectOptions.defaults());
                long first = System.nanoTime() - t0;
                long best = Long.MAX_VALUE, noop = Long.MAX_VALUE;
                for (int i = 0; i < 8; i++) {
                    long a = System.nanoTime();
                    Schema x = d.inspector().inspectSchema(c, InspectOptions.defaults());
                    long b = System.nanoTime();
                    if (!Harness.diff(d, x, s).isEmpty()) throw new AssertionError("not empty");
                    long e = System.nanoTime();
                    best = Math.min(best, b - a);
                    noop = Math.min(noop, e - a);
                }
                // raw baseline: same queries, rows read and discarded
                long raw = Long.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    long a = System.nanoTime();
                    for (String q : List.of(io.atlas4j.mysql.internal.MySqlQueries.TABLES, io.atlas4j.mysql.internal.MySqlQueries.COLUMNS,
                            io.atlas4j.mysql.internal.MySqlQueries.INDEXES.formatted("NULL"), io.atlas4j.mysql.internal.MySqlQueries.FOREIGN_KEYS,
                            io.atlas4j.mysql.internal.MySqlQueries.FOREIGN_KEY_COLUMNS, io.atlas4j.mysql.internal.MySqlQueries.CHECKS_MARIADB,
                            io.atlas4j.mysql.internal.MySqlQueries.VIEWS.formatted("ALGORITHM"), io.atlas4j.mysql.internal.MySqlQueries.TRIGGERS)) {
                        try (var ps = c.prepareStatement(q)) {
                            ps.setString(1, db);
                            try (var rs = ps.executeQuery()) {
                                int n = rs.getMetaData().getColumnCount();
                                while (rs.next()) for (int k = 1; k <= n; k++) rs.getObject(k);
                            }
                        }
                    }
                    raw = Math.min(raw, System.nanoTime() - a);
                }
                Runtime rt = Runtime.getRuntime();
                System.out.printf("TIMING %s tables=%d first=%d ms warm-inspect=%d ms warm-noop(inspect+diff)=%d ms raw-8-queries=%d ms heapUsed=%d MiB%n",
                        db, s.tables().size(), first / 1_000_000, best / 1_000_000, noop / 1_000_000, raw / 1_000_000,
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
    }
}
