package io.atlas4j.offline;

import io.atlas4j.testkit.LocalServers;
import io.atlas4j.testkit.PgCaseRoles;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.change.Change;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import io.atlas4j.testkit.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the offline loader with the dev-database loader: every corpus schema and every loadable
 * conformance desired schema is loaded both ways (the dev database: SQLite in memory, a scratch PostgreSQL
 * or MariaDB database) and the two models are diffed with atlas4j's diff and the dialect's hooks. An empty
 * diff is agreement; a refusal or a difference is a disagreement, classed by its reason. The share per
 * dialect is printed with the classes, and must not fall below the floor measured for that dialect.
 *
 * <p>By default PostgreSQL runs every third conformance case and MariaDB every fourth, in a fixed order
 * (corpora always run); {@code -Datlas4j.offline.conformance=all} runs every case.
 */
class OfflineAgreementIT {
    private static final boolean ALL = "all".equals(System.getProperty("atlas4j.offline.conformance"));
    private static final Pattern MIN_VERSION = Pattern.compile("\"min_version\"\\s*:\\s*\"(\\d+)");
    private static final Pattern FLAVOR = Pattern.compile("\"flavor\"\\s*:\\s*\"([^\"]+)\"");
    /** The lowest share (percent, corpora and conformance together) each dialect must keep; set from the measurement in README. */
    private static final Map<String, Double> FLOORS = Map.of("sqlite", 95.0, "postgres", 95.0, "mysql", 95.0);
    private static final Map<String, Map<String, String>> OUTCOMES = new TreeMap<>();
    /** Per case, what a disagreement was: the refusal's full message or the first changes of the diff. */
    private static final Map<String, Map<String, String>> DETAILS = new TreeMap<>();

    record Case(String id, Path sql, String meta) {
    }

    // ---------------------------------------------------------------- SQLite

    @Test
    void sqlite() throws Exception {
        Path corpora = SharedData.folder("corpora");
        Path conf = SharedData.folder("conformance");
        List<Case> cases = new ArrayList<>();
        list(corpora.resolve("sqlite"), p -> p.toString().endsWith(".sql"), p -> cases.add(new Case("corpus/" + p.getFileName(), p, "")));
        list(conf.resolve("sqldef/sqlite3"), Files::isDirectory, p -> cases.add(new Case("sqldef/" + p.getFileName(), p.resolve("desired.sql"), "")));
        atlas(conf, "sqlite", cases);
        Dialect d = SqliteDialect.create();
        for (Case c : cases) {
            String sql = read(c.sql());
            Schema dev;
            try {
                dev = Atlas.load(sql, "desired.sql", d);
            } catch (RuntimeException e) {
                continue; // not loadable: not counted
            }
            compare("sqlite", c.id(), () -> Realm.of(dev), () -> OfflineSchemas.loadRealm(List.of(new SqlScript("desired.sql", sql)), d, Scope.SCHEMA));
        }
        assertFloor("sqlite");
    }

    // ---------------------------------------------------------------- PostgreSQL

    @Test
    void postgres() throws Exception {
        Path corpora = SharedData.folder("corpora");
        Path conf = SharedData.folder("conformance");
        List<Case> corpus = new ArrayList<>();
        list(corpora.resolve("postgres"), p -> p.toString().endsWith(".sql"), p -> corpus.add(new Case("corpus/" + p.getFileName(), p, "")));
        List<Case> cases = new ArrayList<>();
        list(conf.resolve("migra"), p -> Files.exists(p.resolve("b.sql")), p -> cases.add(new Case("migra/" + p.getFileName(), p.resolve("b.sql"), "")));
        try (Stream<Path> s = Files.walk(conf.resolve("pgschema"), 2)) {
            s.filter(p -> Files.exists(p.resolve("new.sql"))).sorted().forEach(p -> cases.add(new Case(
                    "pgschema/" + conf.resolve("pgschema").relativize(p), p.resolve("new.sql"), "")));
        }
        List<Path> sqldef = new ArrayList<>();
        list(conf.resolve("sqldef/postgres"), p -> Files.exists(p.resolve("meta.json")), sqldef::add);
        for (Path p : sqldef) cases.add(new Case("sqldef/" + p.getFileName(), p.resolve("desired.sql"), Files.readString(p.resolve("meta.json"))));
        atlas(conf, "postgres", cases);
        List<Case> run = new ArrayList<>(corpus);
        run.addAll(sample(cases, 3));
        Dialect d = PostgresDialect.create();
        // the roles the cases grant to exist on every run, so which cases load does not depend on other suites
        try (Connection admin = LocalServers.postgres("postgres"); PgCaseRoles roles = PgCaseRoles.create(admin)) {
            int major = admin.getMetaData().getDatabaseMajorVersion();
            String db = "atlas4j_offline_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (var s = admin.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            Connection c = LocalServers.postgres(db);
            try {
                for (Case k : run) {
                    if (c.isClosed()) c = LocalServers.postgres(db); // a statement of the case ended the session
                    Matcher v = MIN_VERSION.matcher(k.meta());
                    Matcher f = FLAVOR.matcher(k.meta());
                    if (v.find() && Integer.parseInt(v.group(1)) > major || f.find() && f.group(1).equals("pgvector")) continue;
                    String sql = read(k.sql());
                    resetPostgres(c);
                    try {
                        try (var s = c.createStatement()) {
                            s.execute("SET statement_timeout = '20s'");
                        }
                        for (var st : d.syntax().splitter().split(sql)) {
                            try (var s = c.createStatement()) {
                                s.execute(st.sql());
                            }
                        }
                    } catch (Exception e) {
                        continue; // not loadable on this server: not counted
                    }
                    Realm dev = Atlas.inspectRealm(c, InspectOptions.defaults().withSchemas(pgSchemas(c)));
                    compare("postgres", k.id(), () -> dev, () -> OfflineSchemas.loadRealm(List.of(new SqlScript("desired.sql", sql)), d, Scope.DATABASE));
                }
            } finally {
                c.close();
                try (var s = admin.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                }
            }
        }
        assertFloor("postgres");
    }

    private static void resetPostgres(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            s.execute("RESET ALL");
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
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    // ---------------------------------------------------------------- MariaDB

    @Test
    void mysql() throws Exception {
        Path corpora = SharedData.folder("corpora");
        Path conf = SharedData.folder("conformance");
        List<Case> corpus = new ArrayList<>();
        list(corpora.resolve("mysql"), p -> p.toString().endsWith(".sql"), p -> corpus.add(new Case("corpus/" + p.getFileName(), p, "")));
        List<Case> cases = new ArrayList<>();
        list(conf.resolve("sqldef/mysql"), Files::isDirectory, p -> cases.add(new Case("sqldef/" + p.getFileName(), p, "dir")));
        try (Stream<Path> s = Files.walk(conf.resolve("atlas/mysql"))) {
            s.filter(p -> Files.exists(p.resolve("desired.sql"))).sorted()
                    .forEach(p -> cases.add(new Case("atlas/" + conf.resolve("atlas/mysql").relativize(p), p, "dir")));
        }
        List<Case> run = new ArrayList<>(corpus);
        run.addAll(sample(cases, 4));
        try (Connection c = LocalServers.mariadb()) {
            MySqlDialect d = (MySqlDialect) MySqlDialect.create().forConnection(c);
            String db = "a4j_offline_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try {
                for (Case k : run) {
                    String sql = k.meta().equals("dir") ? mysqlDesired(k.sql()) : read(k.sql());
                    try (var s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + db);
                        s.execute("CREATE DATABASE " + db);
                    }
                    c.setCatalog(db);
                    try {
                        for (var st : d.syntax().splitter().split(sql)) {
                            try (var s = c.createStatement()) {
                                s.execute(st.sql());
                            }
                        }
                    } catch (Exception e) {
                        continue; // not loadable on this server: not counted
                    }
                    Schema dev = Atlas.inspect(c, InspectOptions.defaults());
                    compare("mysql", k.id(), () -> Realm.of(dev), () -> {
                        Realm r = OfflineSchemas.loadRealm(List.of(new SqlScript("desired.sql", sql)), d, Scope.SCHEMA);
                        // the scratch database's name and default character set are the server's, not the SQL's
                        return Realm.of(r.schemas().get(0).withName(dev.name()).withAttrs(dev.attrs()));
                    });
                }
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db);
                }
            }
        }
        assertFloor("mysql");
    }

    /** The MariaDB variant of a desired state when the case has one; sqldef's {@code mysqldef_test.} qualifier removed. */
    private static String mysqlDesired(Path dir) throws Exception {
        for (String n : List.of("desired.maria107.sql", "desired.sql")) {
            Path p = dir.resolve(n);
            if (Files.exists(p)) return Files.readString(p, StandardCharsets.UTF_8).replace("`mysqldef_test`.", "").replace("mysqldef_test.", "");
        }
        return "";
    }

    // ---------------------------------------------------------------- shared

    interface Load {
        Realm get() throws Exception;
    }

    /** Loads offline and records agreement, a refusal (with its reason) or a difference (with the kinds of change). */
    private static void compare(String dialect, String id, Load dev, Load offline) throws Exception {
        Realm expected = dev.get();
        Realm actual;
        try {
            actual = offline.get();
        } catch (SchemaParseException e) {
            String m = e.getMessage();
            if (Boolean.getBoolean("atlas4j.offline.verbose")) System.out.println("[offline] " + dialect + " " + id + ": " + m);
            int from = m.indexOf("cannot load offline: ");
            int to = m.indexOf(" in \"");
            record(dialect, id, from < 0 ? "error: " + m : "refused: " + reason(m.substring(from + "cannot load offline: ".length(), to < 0 ? m.length() : to)));
            detail(dialect, id, m);
            return;
        }
        List<Change> changes = Atlas.diff(expected, actual).changes();
        if (changes.isEmpty()) {
            record(dialect, id, "agree");
        } else {
            TreeSet<String> kinds = new TreeSet<>();
            for (Change ch : changes) kinds.add(kind(ch));
            record(dialect, id, "differs: " + String.join(", ", kinds));
            detail(dialect, id, changes.toString().substring(0, Math.min(2000, changes.toString().length())));
            System.out.println("[offline] " + dialect + " " + id + " differs: " + changes.toString().substring(0, Math.min(600, changes.toString().length())));
        }
    }

    /** A refusal's reason without the names in it, so that like refusals count together. */
    private static String reason(String s) {
        return s.replaceAll("\"[^\"]*\"", "\"...\"").replaceAll("(column|table|type|index|sequence|schema|default|check|name|the default expression|the check) \\S+", "$1 ...")
                .replaceAll("\\(JSqlParser: .*\\)", "(JSqlParser: ...)");
    }

    private static String kind(Change ch) {
        if (ch instanceof ModifyTable m) {
            TreeSet<String> inner = new TreeSet<>();
            for (TableChange t : m.changes()) inner.add(t instanceof ModifyColumn mc ? "ModifyColumn" + mc.aspects() : t.getClass().getSimpleName());
            return "ModifyTable" + inner;
        }
        return ch.getClass().getSimpleName();
    }

    private static synchronized void record(String dialect, String id, String outcome) {
        OUTCOMES.computeIfAbsent(dialect, k -> new TreeMap<>()).put(id, outcome);
    }

    private static synchronized void detail(String dialect, String id, String text) {
        DETAILS.computeIfAbsent(dialect, k -> new TreeMap<>()).put(id, text.replace('\n', ' ').replace('\t', ' '));
    }

    /** target/offline-agreement/DIALECT.tsv: one line per case (id, outcome, detail), to find the largest disagreement classes. */
    private static void writeReport(String dialect) throws Exception {
        Path dir = Path.of("target", "offline-agreement");
        Files.createDirectories(dir);
        Map<String, String> details = DETAILS.getOrDefault(dialect, Map.of());
        StringBuilder b = new StringBuilder("case\toutcome\tdetail\n");
        OUTCOMES.getOrDefault(dialect, Map.of()).forEach((id, outcome) ->
                b.append(id).append('\t').append(outcome).append('\t').append(details.getOrDefault(id, "")).append('\n'));
        Files.writeString(dir.resolve(dialect + ".tsv"), b.toString(), StandardCharsets.UTF_8);
    }

    private static double share(String dialect) {
        Map<String, String> m = OUTCOMES.getOrDefault(dialect, Map.of());
        long agree = m.values().stream().filter("agree"::equals).count();
        return m.isEmpty() ? 0 : 100.0 * agree / m.size();
    }

    private static void assertFloor(String dialect) throws Exception {
        report(dialect);
        writeReport(dialect);
        assertThat(OUTCOMES.getOrDefault(dialect, Map.of())).as("cases compared for " + dialect).isNotEmpty();
        assertThat(share(dialect)).as("offline/dev-database agreement for " + dialect + " (percent)").isGreaterThanOrEqualTo(FLOORS.get(dialect));
    }

    private static void report(String dialect) {
        Map<String, String> m = OUTCOMES.getOrDefault(dialect, Map.of());
        Map<String, int[]> byGroup = new TreeMap<>();
        Map<String, Integer> classes = new TreeMap<>();
        m.forEach((id, outcome) -> {
            String group = id.substring(0, id.indexOf('/'));
            int[] n = byGroup.computeIfAbsent(group, k -> new int[2]);
            n[1]++;
            if (outcome.equals("agree")) n[0]++;
            else classes.merge(outcome, 1, Integer::sum);
        });
        System.out.printf("[offline] %s: %.1f%% agree (%d cases)%n", dialect, share(dialect), m.size());
        byGroup.forEach((g, n) -> System.out.printf("[offline] %s %s: %d / %d agree (%.1f%%)%n", dialect, g, n[0], n[1], 100.0 * n[0] / n[1]));
        classes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.println("[offline] " + dialect + " disagreement (" + e.getValue() + "): " + e.getKey()));
    }

    @AfterAll
    static void done() {
        OUTCOMES.forEach((d, m) -> System.out.printf("[offline] summary %s: %.1f%% of %d%n", d, share(d), m.size()));
    }

    private static List<Case> sample(List<Case> cases, int stride) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) if (ALL || i % stride == 0) out.add(cases.get(i));
        return out;
    }

    private static void atlas(Path root, String dialect, List<Case> cases) throws Exception {
        try (Stream<Path> s = Files.walk(root.resolve("atlas/" + dialect))) {
            s.filter(p -> p.getFileName().toString().equals("desired.sql")).sorted()
                    .forEach(p -> cases.add(new Case("atlas/" + root.resolve("atlas/" + dialect).relativize(p.getParent()), p, "")));
        }
    }

    private static void list(Path dir, java.util.function.Predicate<Path> keep, java.util.function.Consumer<Path> add) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(keep).sorted().forEach(add);
        }
    }

    private static String read(Path p) throws Exception {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
