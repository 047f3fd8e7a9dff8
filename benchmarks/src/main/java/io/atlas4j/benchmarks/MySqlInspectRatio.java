package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;

/**
 * Interleaved best-of-N timing of atlas4j's MariaDB inspection, and of the no-op check (inspect and
 * diff against the same schema, nothing to do), against the eight-query minimal reader of
 * {@link MySqlInspectBenchmark}, for a shared machine where JMH's error bars exceed the scores: the
 * three run alternately in one JVM, so load changes hit all of them, and the ratios of the best (and
 * median) times are what is reported. Loads the workload into {@code atlas4j_bench_my_N} when it is
 * not there ({@code -Datlas4j.bench.dir}, as for {@link MySqlInspectBenchmark}); with
 * {@code -Datlas4j.bench.drop=true} drops those databases afterwards; {@code -Datlas4j.bench.warmup=N} sets the
 * warm-up rounds (2).
 *
 * <p>{@code java -Datlas4j.bench.dir=DIR -cp benchmarks/target/benchmarks.jar io.atlas4j.benchmarks.MySqlInspectRatio [rounds] [N ...]}
 */
public final class MySqlInspectRatio {
    /** The same eight queries as the JMH benchmark's minimal reader. */
    private static final List<String> MINIMAL = MySqlInspectBenchmark.MINIMAL;

    /** Warm-up rounds before the measured ones ({@code -Datlas4j.bench.warmup}, default 2); the JIT needs more than two to settle. */
    private static final int WARMUP = Integer.getInteger("atlas4j.bench.warmup", 2);

    private MySqlInspectRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {1000, 5000};
        String url = System.getProperty("atlas4j.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/?user=root");
        for (int n : sizes) {
            String db = String.format(System.getProperty("atlas4j.bench.mysqlDatabase", "atlas4j_bench_my_%d"), n);
            try (Connection c = DriverManager.getConnection(url)) {
                if (!exists(c, db, n)) {
                    Workload.execute(c, MySqlDialect.create().syntax().splitter(), Workload.script("my", n).replace("bench_" + n, db));
                }
                c.setCatalog(db);
                Dialect d = MySqlDialect.create().forConnection(c);
                Schema baseline = d.inspector().inspectSchema(c, InspectOptions.defaults());
                long sink = 0;
                long[] atlas = new long[rounds];
                long[] noop = new long[rounds];
                long[] minimal = new long[rounds];
                for (int i = -WARMUP; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    sink += minimal(c, db);
                    long t1 = System.nanoTime();
                    sink += d.inspector().inspectSchema(c, InspectOptions.defaults()).tables().size();
                    long t2 = System.nanoTime();
                    Schema now = d.inspector().inspectSchema(c, InspectOptions.defaults());
                    int changes = Differ.diff(now, baseline, d.diffHooks(), DiffOptions.defaults()).size();
                    if (changes != 0) throw new IllegalStateException(changes + " changes between two inspections of " + db);
                    long t3 = System.nanoTime();
                    if (i >= 0) {
                        minimal[i] = t1 - t0;
                        atlas[i] = t2 - t1;
                        noop[i] = t3 - t2;
                    }
                }
                Arrays.sort(atlas);
                Arrays.sort(noop);
                Arrays.sort(minimal);
                int m = rounds / 2;
                System.out.printf("%d tables, %d rounds: minimal best %d ms median %d ms; inspect best %d ms median %d ms, ratio best %.2fx"
                                + " median %.2fx; no-op check best %d ms median %d ms, ratio best %.2fx median %.2fx (%d)%n", n, rounds,
                        minimal[0] / 1_000_000, minimal[m] / 1_000_000, atlas[0] / 1_000_000, atlas[m] / 1_000_000,
                        (double) atlas[0] / minimal[0], (double) atlas[m] / minimal[m], noop[0] / 1_000_000, noop[m] / 1_000_000,
                        (double) noop[0] / minimal[0], (double) noop[m] / minimal[m], sink);
                if (Boolean.getBoolean("atlas4j.bench.drop")) {
                    try (var st = c.createStatement()) {
                        st.execute("DROP DATABASE `" + db + "`");
                    }
                }
            }
        }
    }

    private static boolean exists(Connection c, String db, int tables) throws Exception {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) >= tables;
            }
        }
    }

    private static long minimal(Connection c, String db) throws Exception {
        long rows = 0;
        for (String q : MINIMAL) {
            try (var ps = c.prepareStatement(q)) {
                ps.setString(1, db);
                try (ResultSet rs = ps.executeQuery()) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) rs.getObject(i);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
