package io.atlas4j.benchmarks;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;

/**
 * Interleaved best-of-N timing of atlas4j's MariaDB inspection against the eight-query minimal
 * reader of {@link MySqlInspectBenchmark}, for a shared machine where JMH's error bars exceed the
 * scores: both readers run alternately in one JVM, so load changes hit both, and the ratio of the
 * best (and median) times is what is reported. Needs the databases {@link MySqlInspectBenchmark}
 * loads ({@code atlas4j_bench_my_N}).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.atlas4j.benchmarks.MySqlInspectRatio [rounds] [N ...]}
 */
public final class MySqlInspectRatio {
    /** The same eight queries as the JMH benchmark's minimal reader. */
    private static final List<String> MINIMAL = MySqlInspectBenchmark.MINIMAL;

    private MySqlInspectRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {1000, 5000};
        String url = System.getProperty("atlas4j.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/?user=root");
        for (int n : sizes) {
            String db = String.format(System.getProperty("atlas4j.bench.mysqlDatabase", "atlas4j_bench_my_%d"), n);
            try (Connection c = DriverManager.getConnection(url)) {
                c.setCatalog(db);
                Dialect d = MySqlDialect.create().forConnection(c);
                long sink = 0;
                long[] atlas = new long[rounds];
                long[] minimal = new long[rounds];
                for (int i = -2; i < rounds; i++) { // two warm-up rounds
                    long t0 = System.nanoTime();
                    sink += minimal(c, db);
                    long t1 = System.nanoTime();
                    sink += d.inspector().inspectSchema(c, InspectOptions.defaults()).tables().size();
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        minimal[i] = t1 - t0;
                        atlas[i] = t2 - t1;
                    }
                }
                Arrays.sort(atlas);
                Arrays.sort(minimal);
                System.out.printf("%d tables, %d rounds: minimal best %d ms median %d ms; atlas4j best %d ms median %d ms;"
                                + " ratio best %.2fx median %.2fx (%d)%n", n, rounds, minimal[0] / 1_000_000, minimal[rounds / 2] / 1_000_000,
                        atlas[0] / 1_000_000, atlas[rounds / 2] / 1_000_000, (double) atlas[0] / minimal[0],
                        (double) atlas[rounds / 2] / minimal[rounds / 2], sink);
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
