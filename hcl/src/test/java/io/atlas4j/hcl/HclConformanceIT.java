package io.atlas4j.hcl;

import io.atlas4j.testkit.LocalServers;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaDialect;
import io.atlas4j.sqlite.SqliteDialect;
import io.atlas4j.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * HCL round trip over every conformance case's desired schema under {@code shared/conformance} (the cases the
 * dialect suites run: sqldef, Atlas, migra and pgschema): the desired SQL is loaded natively, inspected, written as
 * HCL, read back (the diff to the inspected schema must be empty), applied to an empty database or schema, and
 * inspected again (the diff to the original must be empty). A case whose SQL does not load on this server is not
 * loadable and not counted. A case the writer refuses ({@link HclWriteException}, naming what it cannot express)
 * counts against the share with its reasons; any other failure fails the test, unless it is listed with its reason
 * in {@code hcl-conformance-expected-failures.txt} (failures of other modules, such as a planner that cannot create
 * what the inspector reads), where it must still fail. The share per dialect and the refusal reasons, counted, are
 * printed.
 *
 * <p>Kept cheap: SQLite in memory; PostgreSQL in two databases made once and reset by dropping their schemas;
 * MariaDB in two databases re-created per case; PostgreSQL and MariaDB run a fixed sample by default (see
 * {@link #ALL}).
 */
class HclConformanceIT {
    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
    private static final Pattern MIN_VERSION = Pattern.compile("\"min_version\"\\s*:\\s*\"(\\d+)");
    private static final Pattern FLAVOR = Pattern.compile("\"flavor\"\\s*:\\s*\"([^\"]+)\"");
    private static final String EXACT = "exact";
    private static final String NOT_LOADABLE = "not loadable";

    record Case(String id, Path desired, String meta) {
    }

    /**
     * To keep {@code mvn verify} cheap (under two minutes on two cores), PostgreSQL runs every fourth case and MariaDB
     * every fifth, in a fixed order, so the same cases run each time; {@code -Datlas4j.hcl.conformance=all} runs every
     * case (about 2.5 minutes for PostgreSQL, 1.5 for MariaDB).
     */
    private static final boolean ALL = "all".equals(System.getProperty("atlas4j.hcl.conformance"));

    private static List<Case> sample(List<Case> cases, int stride) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (ALL || i % stride == 0) {
                out.add(cases.get(i));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- SQLite

    @TestFactory
    Stream<DynamicTest> sqlite() throws Exception {
        Path root = SharedData.folder("conformance");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("sqldef/sqlite3"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> cases.add(new Case("sqlite/sqldef/" + p.getFileName(), p.resolve("desired.sql"), "")));
        }
        addAtlas(root, "sqlite", cases);
        Dialect d = SqliteDialect.create();
        long started = System.nanoTime();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            String sql = read(c.desired());
            Schema original;
            try {
                original = Atlas.load(sql, "desired.sql", d);
            } catch (RuntimeException e) {
                record(c.id(), NOT_LOADABLE);
                return;
            }
            Optional<Realm> readBack = writeAndRead(c.id(), Realm.of(original), d);
            if (readBack.isEmpty()) {
                return;
            }
            try (Connection conn = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Schema empty = Atlas.inspect(conn, InspectOptions.defaults());
                Atlas.applyUnlocked(conn, Atlas.diff(empty, readBack.get().schemas().get(0)).plan(d), ApplyOptions.defaults());
                List<Change> left = Atlas.diff(original, Atlas.inspect(conn, InspectOptions.defaults())).changes();
                finish(c.id(), left);
            } catch (RuntimeException | AssertionError e) {
                fail(c.id(), e);
            }
        })).onClose(() -> MILLIS.put("sqlite", (System.nanoTime() - started) / 1_000_000));
    }

    // ---------------------------------------------------------------- PostgreSQL

    @TestFactory
    Stream<DynamicTest> postgres() throws Exception {
        Path root = SharedData.folder("conformance");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("migra"), 1)) {
            s.filter(p -> Files.exists(p.resolve("b.sql"))).sorted()
                    .forEach(p -> cases.add(new Case("postgres/migra/" + p.getFileName(), p.resolve("b.sql"), "")));
        }
        try (Stream<Path> s = Files.walk(root.resolve("pgschema"), 2)) {
            s.filter(p -> Files.exists(p.resolve("new.sql"))).sorted().forEach(p -> cases.add(new Case(
                    "postgres/pgschema/" + root.resolve("pgschema").relativize(p), p.resolve("new.sql"), "")));
        }
        try (Stream<Path> s = Files.list(root.resolve("sqldef/postgres"))) {
            for (Path p : s.filter(p -> Files.exists(p.resolve("meta.json"))).sorted().toList()) {
                cases.add(new Case("postgres/sqldef/" + p.getFileName(), p.resolve("desired.sql"), Files.readString(p.resolve("meta.json"))));
            }
        }
        addAtlas(root, "postgres", cases);
        List<Case> run = sample(cases, 4);
        Connection admin = LocalServers.postgres("postgres");
        Dialect d = PostgresDialect.create().forConnection(admin);
        int major = admin.getMetaData().getDatabaseMajorVersion();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String srcDb = "atlas4j_hclc_src_" + suffix;
        String dstDb = "atlas4j_hclc_dst_" + suffix;
        try (var s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + srcDb);
            s.execute("CREATE DATABASE " + dstDb);
        }
        Connection src = LocalServers.postgres(srcDb);
        Connection dst = LocalServers.postgres(dstDb);
        long started = System.nanoTime();
        return run.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            Matcher v = MIN_VERSION.matcher(c.meta());
            Matcher f = FLAVOR.matcher(c.meta());
            if (v.find() && Integer.parseInt(v.group(1)) > major || f.find() && f.group(1).equals("pgvector")) {
                record(c.id(), NOT_LOADABLE);
                return;
            }
            resetPostgres(src);
            resetPostgres(dst);
            try {
                try (var s = src.createStatement()) {
                    s.execute("SET statement_timeout = '20s'");
                }
                for (var st : d.syntax().splitter().split(read(c.desired()))) {
                    try (var s = src.createStatement()) {
                        s.execute(st.sql());
                    }
                }
            } catch (Exception e) {
                record(c.id(), NOT_LOADABLE);
                return;
            }
            List<String> schemas = pgSchemas(src);
            InspectOptions options = InspectOptions.defaults().withSchemas(schemas);
            Realm original = Atlas.inspectRealm(src, options);
            Optional<Realm> readBack = writeAndRead(c.id(), original, d);
            if (readBack.isEmpty()) {
                return;
            }
            try {
                // dst holds an empty public schema only: its realm is known without inspecting it
                Realm empty = new Realm(List.of(SchemaDialect.tag(Schema.empty("public"), d)), io.atlas4j.schema.Attrs.EMPTY);
                Atlas.applyUnlocked(dst, Atlas.diff(empty, readBack.get()).plan(d), ApplyOptions.defaults());
                finish(c.id(), Atlas.diff(original, Atlas.inspectRealm(dst, options)).changes());
            } catch (RuntimeException | AssertionError e) {
                fail(c.id(), e);
            }
        })).onClose(() -> {
            MILLIS.put("postgres", (System.nanoTime() - started) / 1_000_000);
            close(src);
            close(dst);
            try (var s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + srcDb + " WITH (FORCE)");
                s.execute("DROP DATABASE IF EXISTS " + dstDb + " WITH (FORCE)");
            } catch (Exception e) {
                System.out.println("[hcl conformance] could not drop " + srcDb + "/" + dstDb + ": " + e.getMessage());
            }
            close(admin);
        });
    }

    private static void resetPostgres(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            s.execute("RESET ALL");
            // a scratch database: no need to wait for each DDL statement's commit to reach the disk
            s.execute("SET synchronous_commit = off");
        }
        for (String schema : pgSchemas(c)) {
            try (var s = c.createStatement()) {
                s.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
            }
        }
        try (var s = c.createStatement()) {
            s.execute("CREATE SCHEMA public");
        }
    }

    private static List<String> pgSchemas(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                + "AND nspname <> 'information_schema' ORDER BY nspname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- MariaDB

    @TestFactory
    Stream<DynamicTest> mysql() throws Exception {
        Path root = SharedData.folder("conformance");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("sqldef/mysql"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> cases.add(new Case("mysql/sqldef/" + p.getFileName(), p, "")));
        }
        try (Stream<Path> s = Files.walk(root.resolve("atlas/mysql"))) {
            s.filter(p -> Files.exists(p.resolve("desired.sql"))).sorted()
                    .forEach(p -> cases.add(new Case("mysql/" + root.relativize(p), p, "")));
        }
        List<Case> run = sample(cases, 5);
        Connection c = LocalServers.mariadb();
        MySqlDialect d = (MySqlDialect) MySqlDialect.create().forConnection(c);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String srcDb = "a4j_hclc_src_" + suffix;
        String dstDb = "a4j_hclc_dst_" + suffix;
        long started = System.nanoTime();
        return run.stream().map(k -> DynamicTest.dynamicTest(k.id(), () -> {
            try (var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + srcDb);
                s.execute("DROP DATABASE IF EXISTS " + dstDb);
                s.execute("CREATE DATABASE " + srcDb);
                s.execute("CREATE DATABASE " + dstDb);
            }
            c.setCatalog(srcDb);
            try {
                for (var st : d.syntax().splitter().split(mysqlDesired(k.desired()))) {
                    try (var s = c.createStatement()) {
                        s.execute(st.sql());
                    }
                }
            } catch (Exception e) {
                record(k.id(), NOT_LOADABLE);
                return;
            }
            Schema original = Atlas.inspect(c, InspectOptions.defaults());
            Optional<Realm> readBack = writeAndRead(k.id(), Realm.of(original), d);
            if (readBack.isEmpty()) {
                return;
            }
            try {
                c.setCatalog(dstDb);
                Schema empty = SchemaDialect.tag(Schema.empty(dstDb), d);
                Schema desired = readBack.get().schemas().get(0).withName(dstDb);
                Atlas.applyUnlocked(c, Atlas.diff(empty, desired).plan(d), ApplyOptions.defaults());
                finish(k.id(), Atlas.diff(original, Atlas.inspect(c, InspectOptions.defaults())).changes());
            } catch (RuntimeException | AssertionError e) {
                fail(k.id(), e);
            }
        })).onClose(() -> {
            MILLIS.put("mysql", (System.nanoTime() - started) / 1_000_000);
            try (var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + srcDb);
                s.execute("DROP DATABASE IF EXISTS " + dstDb);
            } catch (Exception e) {
                System.out.println("[hcl conformance] could not drop " + srcDb + "/" + dstDb + ": " + e.getMessage());
            }
            close(c);
        });
    }

    /** The MariaDB variant of a desired state when the case has one; sqldef's {@code mysqldef_test.} qualifier removed. */
    private static String mysqlDesired(Path dir) throws Exception {
        for (String n : List.of("desired.maria107.sql", "desired.sql")) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) {
                return Files.readString(p, StandardCharsets.UTF_8).replace("`mysqldef_test`.", "").replace("mysqldef_test.", "");
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- shared

    private static void addAtlas(Path root, String dialect, List<Case> cases) throws Exception {
        try (Stream<Path> s = Files.walk(root.resolve("atlas/" + dialect))) {
            s.filter(p -> p.getFileName().toString().equals("desired.sql")).sorted()
                    .forEach(p -> cases.add(new Case(dialect + "/" + root.relativize(p.getParent()), p, "")));
        }
    }

    private static String read(Path p) throws Exception {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** Writes the realm as HCL and reads it back; a refusal is recorded and yields empty, a read-back difference fails. */
    private static Optional<Realm> writeAndRead(String id, Realm original, Dialect d) {
        String hcl;
        try {
            hcl = HclSchemas.write(original, d);
        } catch (HclWriteException e) {
            record(id, "refused: " + String.join("; ", e.unsupported()));
            return Optional.empty();
        }
        try {
            Realm back = HclSchemas.load(hcl, "desired.hcl", d);
            List<Change> changes = Atlas.diff(original, back).changes();
            if (!changes.isEmpty()) {
                fail(id, new AssertionError("the HCL reads back different: " + changes + "\n" + hcl));
                return Optional.empty();
            }
            return Optional.of(back);
        } catch (RuntimeException e) {
            fail(id, new AssertionError("the HCL does not read back: " + e.getMessage() + "\n" + hcl, e));
            return Optional.empty();
        }
    }

    private static void finish(String id, List<Change> left) {
        if (left.isEmpty()) {
            record(id, EXACT);
        } else {
            fail(id, new AssertionError("applied from HCL, the database differs from the original: " + left));
        }
    }

    private static void record(String id, String outcome) {
        OUTCOMES.put(id, outcome);
    }

    /** Records a failure; it fails the test unless the case is listed, with its reason, as an expected failure. */
    private static void fail(String id, Throwable e) {
        String listed = expectedFailures().get(id);
        OUTCOMES.put(id, (listed != null ? "failed (listed: " + listed + "): " : "FAILED: ") + firstLine(e.getMessage()));
        if (listed == null) {
            throw e instanceof AssertionError a ? a : new AssertionError(id + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static Map<String, String> expected;

    private static synchronized Map<String, String> expectedFailures() {
        if (expected == null) {
            expected = new LinkedHashMap<>();
            try (var in = HclConformanceIT.class.getResourceAsStream("/hcl-conformance-expected-failures.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                        if (line.isBlank() || line.strip().startsWith("#")) {
                            continue;
                        }
                        int bar = line.indexOf('|');
                        expected.put(line.substring(0, bar < 0 ? line.length() : bar).strip(), bar < 0 ? "" : line.substring(bar + 1).strip());
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return expected;
    }

    /** {@return the kind of thing a refusal names: an attribute's record name or an object's kind} */
    static String reason(String unsupported) {
        int a = unsupported.indexOf(": attribute ");
        if (a >= 0) {
            String rest = unsupported.substring(a + ": attribute ".length());
            int bracket = rest.indexOf('[');
            return "attribute " + (bracket < 0 ? rest : rest.substring(0, bracket));
        }
        int colon = unsupported.indexOf(": ");
        String rest = colon < 0 ? unsupported : unsupported.substring(colon + 2);
        int space = rest.lastIndexOf(' ');
        return "object " + (space < 0 ? rest : rest.substring(0, space));
    }

    @AfterAll
    static void report() {
        Map<String, int[]> shares = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        new TreeMap<>(OUTCOMES).forEach((id, outcome) -> {
            String dialect = id.substring(0, id.indexOf('/'));
            int[] n = shares.computeIfAbsent(dialect, k -> new int[4]); // exact, refused, failed, not loadable
            if (outcome.equals(EXACT)) {
                n[0]++;
            } else if (outcome.startsWith("refused: ")) {
                n[1]++;
                for (String u : new java.util.TreeSet<>(List.of(outcome.substring(9).split("; ")).stream().map(HclConformanceIT::reason).toList())) {
                    reasons.merge(dialect + ": " + u, 1, Integer::sum);
                }
                System.out.println("[hcl conformance] " + id + ": " + outcome);
            } else if (outcome.equals(NOT_LOADABLE)) {
                n[3]++;
            } else {
                n[2]++;
                System.out.println("[hcl conformance] " + id + ": " + outcome);
            }
        });
        shares.forEach((d, n) -> System.out.printf("[hcl conformance] %s: %d / %d loadable desired schemas exact (%.1f%%), %d refused,"
                        + " %d failed; %d not loadable; %d ms%n", d, n[0], n[0] + n[1] + n[2], 100.0 * n[0] / Math.max(1, n[0] + n[1] + n[2]),
                n[1], n[2], n[3], MILLIS.getOrDefault(d, 0L)));
        reasons.forEach((r, n) -> System.out.println("[hcl conformance] refused for " + r + ": " + n + " case(s)"));
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a test connection
        }
    }
}
