package io.atlas4j.benchmarks;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generic diff core on synthetic schemas of N tables x 20 columns: unchanged (the start-up
 * no-op check) and with 5% of tables changed. The two sides are distinct but equal object graphs,
 * so equality is computed, not short-circuited by identity. {@code hooks} picks the dialect rules
 * the differ consults: {@code generic} measures the differ alone, the others add what each
 * dialect's normalization costs (it runs over both schemas on every diff).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffBenchmark {
    @Param({"100", "1000", "10000"})
    public int tables;

    @Param({"0", "0.05"})
    public double changed;

    @Param({"generic", "sqlite", "postgres", "mysql"})
    public String hooks;

    private DiffHooks diffHooks;

    private Schema current;
    private Schema desired;

    @Setup
    public void setUp() {
        current = SyntheticSchemas.of(tables, 0);
        desired = SyntheticSchemas.of(tables, changed);
        diffHooks = switch (hooks) {
            case "generic" -> DiffHooks.GENERIC;
            case "sqlite" -> SqliteDialect.create().diffHooks();
            case "postgres" -> PostgresDialect.create().diffHooks();
            case "mysql" -> MySqlDialect.create().diffHooks();
            default -> throw new IllegalArgumentException("hooks: generic, sqlite, postgres or mysql, not " + hooks);
        };
    }

    @Benchmark
    public List<Change> diff() {
        return Differ.diff(current, desired, diffHooks, DiffOptions.defaults());
    }
}
