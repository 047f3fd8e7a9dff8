package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * PostgreSQL inspection of the shared workload ({@code shared/bench/gen_schema.py}): atlas4j's
 * complete inspection, the no-op check (inspect + diff, nothing to do) and, as the yardstick, a
 * minimal reader that runs five bulk pg_catalog queries (tables with columns, constraints,
 * indexes, views, comments) and reads every value.
 *
 * <p>Needs a server at {@code -Datlas4j.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres})
 * and the generated scripts in {@code -Datlas4j.bench.dir}: run {@code gen_schema.py DIR 1000 5000}
 * first. Each size is loaded once into the database {@code atlas4j_bench_pg_N}
 * ({@code -Datlas4j.bench.pgDatabase=name_%d} to use another name) and kept for later runs; the
 * workload lives in its schema {@code bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PgInspectBenchmark {
    static final String SCHEMA = "bench";

    /** The yardstick: five bulk queries, each over the whole schema, every value read. */
    static final List<String> MINIMAL = List.of(
            """
            SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(ad.adbin, ad.adrelid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum""",
            """
            SELECT c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid, true)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? ORDER BY c.relname, k.conname""",
            """
            SELECT t.relname, i.relname, x.indisunique, x.indisprimary, pg_get_indexdef(x.indexrelid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ? ORDER BY t.relname, i.relname""",
            """
            SELECT c.relname, pg_get_viewdef(c.oid, true)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('v', 'm') ORDER BY c.relname""",
            """
            SELECT c.relname, d.objsubid, d.description
            FROM pg_description d JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? ORDER BY c.relname, d.objsubid""");

    @Param({"1000", "5000"})
    public int tables;

    private Connection connection;
    private Dialect dialect;
    private Schema baseline;
    private InspectOptions options;

    @Setup
    public void setUp() throws Exception {
        String database = String.format(System.getProperty("atlas4j.bench.pgDatabase", "atlas4j_bench_pg_%d"), tables);
        connection = open(database, tables);
        dialect = PostgresDialect.create().forConnection(connection);
        options = InspectOptions.defaults().withSchemas(List.of(SCHEMA));
        baseline = dialect.inspector().inspectSchema(connection, options);
    }

    /** Opens the benchmark database of the given size, creating and loading it on first use. */
    static Connection open(String database, int tables) throws Exception {
        String url = System.getProperty("atlas4j.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        try (Connection admin = DriverManager.getConnection(url)) {
            boolean exists;
            try (var ps = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement s = admin.createStatement()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        }
        Connection c = DriverManager.getConnection(url.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1"));
        if (count(c) < tables) load(c, tables);
        return c;
    }

    private static int count(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                + " WHERE n.nspname = ? AND k.relkind = 'r'")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void load(Connection c, int tables) throws Exception {
        Workload.execute(c, PostgresDialect.create().syntax().splitter(), Workload.script("pg", tables));
    }

    @TearDown
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Benchmark
    public Schema inspect() {
        return dialect.inspector().inspectSchema(connection, options);
    }

    @Benchmark
    public int noOpCheck() {
        Schema now = dialect.inspector().inspectSchema(connection, options);
        return Differ.diff(now, baseline, dialect.diffHooks(), DiffOptions.defaults()).size();
    }

    @Benchmark
    public void minimalReader(Blackhole bh) throws SQLException {
        minimal(connection, bh::consume);
    }

    static void minimal(Connection connection, java.util.function.Consumer<Object> sink) throws SQLException {
        for (String q : MINIMAL) {
            try (var ps = connection.prepareStatement(q)) {
                ps.setString(1, SCHEMA);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) for (int i = 1; i <= n; i++) sink.accept(rs.getObject(i));
                }
            }
        }
    }
}
