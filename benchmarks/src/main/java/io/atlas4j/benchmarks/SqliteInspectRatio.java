package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Interleaved timing of atlas4j's SQLite inspection and no-op check (inspect + diff against the same
 * schema) against {@link SqliteInspectBenchmark}'s minimal reader, for a shared machine where JMH's
 * error bars exceed the scores. SQLite runs in-process, so this JVM's CPU time counts all the work
 * (the engine's pragma evaluation, and garbage collection, included) and not the other processes'
 * load; wall time is printed beside it. The three run alternately; best and median ratios are reported.
 *
 * <p>{@code java -Datlas4j.bench.dir=DIR -cp benchmarks/target/benchmarks.jar io.atlas4j.benchmarks.SqliteInspectRatio [rounds] [N ...]}
 */
public final class SqliteInspectRatio {
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private SqliteInspectRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : new int[] {1000, 5000};
        SqliteDialect d = SqliteDialect.create();
        for (int n : sizes) {
            try (Connection c = SqliteInspectBenchmark.open(n)) {
                Schema baseline = d.inspector().inspectSchema(c, InspectOptions.defaults());
                long[][] cpu = new long[3][rounds];
                long[][] wall = new long[3][rounds];
                long sink = 0;
                for (int i = -3; i < rounds; i++) { // three warm-up rounds
                    Callable<?>[] runs = {
                        () -> SqliteInspectBenchmark.minimal(c),
                        () -> d.inspector().inspectSchema(c, InspectOptions.defaults()),
                        () -> Differ.diff(d.inspector().inspectSchema(c, InspectOptions.defaults()), baseline, d.diffHooks(),
                                DiffOptions.defaults()).isEmpty()
                    };
                    for (int k = 0; k < runs.length; k++) {
                        long c0 = OS.getProcessCpuTime();
                        long w0 = System.nanoTime();
                        sink += runs[k].call().hashCode();
                        long w1 = System.nanoTime();
                        long c1 = OS.getProcessCpuTime();
                        if (i >= 0) {
                            cpu[k][i] = c1 - c0;
                            wall[k][i] = w1 - w0;
                        }
                    }
                }
                for (long[] a : cpu) Arrays.sort(a);
                for (long[] a : wall) Arrays.sort(a);
                System.out.printf("%d tables, %d rounds (checksum %d)%n", n, rounds, sink);
                String[] names = {"minimal reader", "inspect", "no-op check"};
                for (int k = 0; k < 3; k++) {
                    System.out.printf("  %-14s cpu best %4d ms median %4d ms | wall best %4d ms median %4d ms | ratio cpu best %.2fx median %.2fx,"
                                    + " wall median %.2fx%n", names[k], ms(cpu[k][0]), ms(cpu[k][rounds / 2]), ms(wall[k][0]), ms(wall[k][rounds / 2]),
                            (double) cpu[k][0] / cpu[0][0], (double) cpu[k][rounds / 2] / cpu[0][rounds / 2],
                            (double) wall[k][rounds / 2] / wall[0][rounds / 2]);
                }
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
