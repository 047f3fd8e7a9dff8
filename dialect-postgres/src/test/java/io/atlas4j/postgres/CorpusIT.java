package io.atlas4j.postgres;

import io.atlas4j.testkit.SharedData;
import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PostgreSQL schema in {@code shared/corpora/postgres}: loaded natively (psql when present),
 * inspected, equal to itself; loaded through a scratch dev database, equal to the native load;
 * planned from an empty database it converges, also by the server's own catalog
 * ({@link CatalogRendering}), and planned back to empty it leaves nothing.
 */
class CorpusIT {
    private static final String USER_SCHEMAS = """
            SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
            ORDER BY nspname""";
    private static Connection admin;

    @BeforeAll
    static void connect() {
        admin = PgServer.admin();
    }

    @AfterAll
    static void close() throws Exception {
        if (admin != null) admin.close();
    }

    @TestFactory
    Stream<DynamicTest> corpora() throws Exception {
        Path dir = SharedData.folder("corpora/postgres");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }

    static List<String> userSchemas(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery(USER_SCHEMAS)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static Realm inspect(Connection c, List<String> schemas) throws Exception {
        return PostgresDialect.create().forConnection(c).inspector().inspectRealm(c, InspectOptions.defaults().withSchemas(schemas));
    }

    static List<Change> diff(Realm a, Realm b) {
        return Differ.diff(a, b, PostgresDialect.create().diffHooks(), DiffOptions.defaults());
    }

    private static void run(Path file) throws Exception {
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        try (PgServer.TestDb nativeDb = new PgServer.TestDb(admin, "atlas4j_corpus")) {
            loadNatively(nativeDb, file, sql);
            List<String> schemas = userSchemas(nativeDb.connection);
            Realm loaded = inspect(nativeDb.connection, schemas);
            assertThat(loaded.schemas().stream().mapToInt(s -> s.tables().size()).sum()).as("tables read").isPositive();
            assertThat(diff(loaded, loaded)).as("diff(x, x)").isEmpty();

            Dialect d = PostgresDialect.create().forConnection(admin);
            Realm viaDev;
            try (DevDatabase dev = d.devDatabases().scratch(admin, Optional.empty()).orElseThrow()) {
                Convergence.load(dev.connection(), file.toString(), sql);
                viaDev = inspect(dev.connection(), schemas);
            }
            assertThat(diff(loaded, viaDev)).as("native load vs dev-database load").isEmpty();

            try (PgServer.TestDb empty = new PgServer.TestDb(admin, "atlas4j_corpus_empty")) {
                PlanOptions qualified = PlanOptions.defaults().withQualifySchema(true);
                Realm before = inspect(empty.connection, schemas);
                Plan up = d.planner().plan(diff(before, loaded), qualified);
                Atlas.apply(empty.connection, up, ApplyOptions.defaults().withAllowDestructive(true));
                Realm after = inspect(empty.connection, schemas);
                assertThat(diff(after, loaded)).as("left after converging from empty with:\n%s", up.sql()).isEmpty();
                // judged by the server too: the database built by the plan renders like the one loaded natively
                assertThat(CatalogRendering.differences(CatalogRendering.take(nativeDb.connection, schemas),
                        CatalogRendering.take(empty.connection, schemas))).as("catalog differences after converging from empty").isEmpty();

                Plan down = d.planner().plan(diff(after, before), qualified);
                Atlas.apply(empty.connection, down, ApplyOptions.defaults().withAllowDestructive(true));
                Realm gone = inspect(empty.connection, schemas);
                assertThat(diff(gone, before)).as("left after converging back to empty with:\n%s", down.sql()).isEmpty();
            }
        }
    }

    /** psql when installed (as a user would load a dump), else the dialect's splitter over JDBC on its own connection. */
    private static void loadNatively(PgServer.TestDb db, Path file, String sql) throws Exception {
        if (psqlAvailable()) {
            Process p = new ProcessBuilder("psql", "-h", PgServer.HOST, "-p", PgServer.PORT, "-U", PgServer.USER, "-d", db.name,
                    "-v", "ON_ERROR_STOP=1", "-q", "-f", file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("psql output: %s", output).isZero();
        } else {
            try (Connection c = PgServer.connect(db.name)) {
                Convergence.load(c, file.toString(), sql);
            }
        }
    }

    private static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
