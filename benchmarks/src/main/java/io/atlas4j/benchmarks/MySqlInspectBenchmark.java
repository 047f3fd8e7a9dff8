package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * MySQL/MariaDB inspection of the shared workload ({@code shared/bench/gen_schema.py}): atlas4j's
 * complete inspection, the no-op check (inspect + diff, nothing to do) and, as the yardstick, a
 * minimal reader that runs eight information_schema queries and reads every value.
 *
 * <p>Needs a server at {@code -Datlas4j.mariadb.url} (default {@code jdbc:mariadb://127.0.0.1:3306/?user=root})
 * and the generated scripts in {@code -Datlas4j.bench.dir}: run {@code gen_schema.py DIR 1000 5000}
 * first. Each size is loaded once into {@code atlas4j_bench_my_N} ({@code -Datlas4j.bench.mysqlDatabase=name_%d}
 * to use another name) and kept for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MySqlInspectBenchmark {
    static final List<String> MINIMAL = List.of(
            "SELECT TABLE_NAME, ENGINE, TABLE_COLLATION, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?",
            "SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?",
            "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL",
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?",
            "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?",
            "SELECT TRIGGER_NAME, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?");

    @Param({"1000", "5000"})
    public int tables;

    private Connection connection;
    private MySqlDialect dialect;
    private Schema baseline;
    private String database;

    @Setup
    public void setUp() throws Exception {
        connection = DriverManager.getConnection(System.getProperty("atlas4j.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/?user=root"));
        database = String.format(System.getProperty("atlas4j.bench.mysqlDatabase", "atlas4j_bench_my_%d"), tables);
        if (!exists(database)) load();
        connection.setCatalog(database);
        dialect = MySqlDialect.create().forConnection(connection);
        baseline = dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
    }

    private boolean exists(String db) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) >= tables;
            }
        }
    }

    private void load() throws Exception {
        String sql = Workload.script("my", tables).replace("bench_" + tables, database);
        Workload.execute(connection, MySqlDialect.create().syntax().splitter(), sql);
    }

    @TearDown
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Benchmark
    public Schema inspect() {
        return dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
    }

    @Benchmark
    public int noopCheck() {
        Schema now = dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
        return Differ.diff(now, baseline, dialect.diffHooks(), DiffOptions.defaults()).size();
    }

    @Benchmark
    public void minimalReader(Blackhole bh) throws SQLException {
        for (String q : MINIMAL) {
            try (var ps = connection.prepareStatement(q)) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) for (int i = 1; i <= n; i++) bh.consume(rs.getObject(i));
                }
            }
        }
    }
}
