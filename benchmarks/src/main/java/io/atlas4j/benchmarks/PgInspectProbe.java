package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outside JMH: one inspection of a size in a fresh JVM (for peak RSS under {@code /usr/bin/time -v}),
 * or, with {@code queries}, the best-of-N time of each catalog query, inspection, no-op check
 * and minimal reader. Usage: {@code java -cp benchmarks.jar io.atlas4j.benchmarks.PgInspectProbe
 * 5000 [once|queries] [N]}.
 */
public final class PgInspectProbe {
    private PgInspectProbe() {
    }

    public static void main(String[] args) throws Exception {
        int tables = Integer.parseInt(args[0]);
        String mode = args.length > 1 ? args[1] : "once";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String database = String.format(System.getProperty("atlas4j.bench.pgDatabase", "atlas4j_bench_pg_%d"), tables);
        try (Connection c = PgInspectBenchmark.open(database, tables)) {
            Dialect dialect = PostgresDialect.create().forConnection(c);
            InspectOptions options = InspectOptions.defaults().withSchemas(List.of(PgInspectBenchmark.SCHEMA));
            if (mode.equals("once")) {
                long t0 = System.nanoTime();
                Schema s = dialect.inspector().inspectSchema(c, options);
                System.out.printf("inspected %d tables in %d ms%n", s.tables().size(), (System.nanoTime() - t0) / 1_000_000);
                return;
            }
            Map<String, Long> best = new LinkedHashMap<>();
            Connection timed = timing(c, best);
            Schema baseline = dialect.inspector().inspectSchema(c, options);
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                dialect.inspector().inspectSchema(timed, options);
                keep(best, "= inspect (total)", System.nanoTime() - t0);
                t0 = System.nanoTime();
                Schema now = dialect.inspector().inspectSchema(c, options);
                long t1 = System.nanoTime();
                int n = Differ.diff(now, baseline, dialect.diffHooks(), DiffOptions.defaults()).size();
                long t2 = System.nanoTime();
                if (n != 0) throw new IllegalStateException(n + " changes in the no-op check");
                keep(best, "= diff only", t2 - t1);
                keep(best, "= noOpCheck (total)", t2 - t0);
                t0 = System.nanoTime();
                PgInspectBenchmark.minimal(c, o -> { });
                keep(best, "= minimalReader (total)", System.nanoTime() - t0);
            }
            best.forEach((k, v) -> System.out.printf("%8.1f ms  %s%n", v / 1e6, k));
        }
    }

    private static void keep(Map<String, Long> best, String key, long nanos) {
        best.merge(key, nanos, Math::min);
    }

    /** Times each executeQuery of a prepared statement (the driver reads all rows there). */
    private static Connection timing(Connection c, Map<String, Long> best) {
        return (Connection) Proxy.newProxyInstance(PgInspectProbe.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                    Object r = invoke(m, c, a);
                    if (!m.getName().equals("prepareStatement")) return r;
                    String sql = ((String) a[0]).strip().replaceAll("\\s+", " ");
                    String key = sql.substring(0, Math.min(90, sql.length()));
                    PreparedStatement ps = (PreparedStatement) r;
                    return Proxy.newProxyInstance(PgInspectProbe.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                            (p2, m2, a2) -> {
                                long t0 = System.nanoTime();
                                Object r2 = invoke(m2, ps, a2);
                                if (m2.getName().equals("executeQuery")) keep(best, key, System.nanoTime() - t0);
                                return r2;
                            });
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] a) throws Throwable {
        try {
            return m.invoke(target, a);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
