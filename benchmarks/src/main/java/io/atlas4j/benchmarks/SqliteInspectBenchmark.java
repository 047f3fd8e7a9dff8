package io.atlas4j.benchmarks;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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

/**
 * SQLite inspection of the shared workload ({@code shared/bench/gen_schema.py}): atlas4j's complete
 * inspection, the no-op check (inspect + diff, nothing to do), and a minimal reader that runs the
 * same catalog pragmas in five queries and reads every value, as the yardstick ({@link #MINIMAL}).
 * {@link SqliteInspectRatio} times the same three interleaved, in CPU time, for a loaded machine.
 *
 * <p>Needs the generated scripts in {@code -Datlas4j.bench.dir}: run {@code gen_schema.py DIR 1000 5000}
 * first. Each size is loaded once into {@code DIR/sqlite_N.db} and kept for later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SqliteInspectBenchmark {
    /**
     * The yardstick: the facts a schema tool needs, read with the same pragma functions atlas4j uses
     * and nothing else: every sqlite_schema entry with its SQL (tables, indexes, views, triggers), the
     * table options (pragma_table_list: type, WITHOUT ROWID, STRICT), every column, every index with
     * all its entries, every foreign key. Each value is fetched; nothing is mapped.
     */
    static final List<String> MINIMAL = List.of(
            "SELECT m.name, m.type, m.tbl_name, m.sql FROM sqlite_schema m WHERE m.name NOT LIKE 'sqlite_%'",
            "SELECT l.name, l.type, l.wr, l.strict FROM pragma_table_list l WHERE l.schema = 'main'",
            "SELECT m.name, c.* FROM sqlite_schema m, pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ii.* FROM sqlite_schema m, pragma_index_list(m.name) il,"
                    + " pragma_index_xinfo(il.name) ii WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            "SELECT m.name, f.* FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'");

    @Param({"1000", "5000"})
    public int tables;

    private Connection connection;
    private SqliteDialect dialect;
    private Schema baseline;

    @Setup
    public void setUp() throws Exception {
        dialect = SqliteDialect.create();
        connection = open(tables);
        baseline = dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
        if (baseline.tables().size() < tables) throw new IllegalStateException("workload not loaded: " + tables + " tables");
    }

    /** {@return a connection to {@code DIR/sqlite_N.db}, loaded from the generated script the first time} */
    static Connection open(int tables) throws Exception {
        Path db = Workload.dir().resolve("sqlite_" + tables + ".db");
        boolean fresh = !Files.exists(db);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        if (fresh) Workload.execute(c, SqliteDialect.create().syntax().splitter(), Workload.script("sqlite", tables));
        return c;
    }

    @TearDown
    public void tearDown() throws Exception {
        connection.close();
    }

    @Benchmark
    public Schema inspect() {
        return dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
    }

    @Benchmark
    public boolean noOpCheck() {
        Schema now = dialect.inspector().inspectSchema(connection, InspectOptions.defaults());
        return Differ.diff(now, baseline, dialect.diffHooks(), DiffOptions.defaults()).isEmpty();
    }

    @Benchmark
    public long minimalReader() throws Exception {
        return minimal(connection);
    }

    /** Runs {@link #MINIMAL}, fetching every value; {@return a checksum of the values read} */
    static long minimal(Connection connection) throws Exception {
        long sink = 0;
        try (Statement s = connection.createStatement()) {
            for (String q : MINIMAL) {
                try (ResultSet rs = s.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            if (v != null) sink += v.hashCode();
                        }
                    }
                }
            }
        }
        return sink;
    }
}
