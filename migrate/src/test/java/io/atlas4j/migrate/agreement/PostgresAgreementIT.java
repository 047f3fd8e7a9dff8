package io.atlas4j.migrate.agreement;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.migrate.Replay;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import io.atlas4j.testkit.PgCaseRoles;
import io.atlas4j.testkit.Prerequisite;
import io.atlas4j.testkit.SharedData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarative and versioned agree on PostgreSQL: every sqldef postgres case, migra fixture,
 * pgschema diff case and Atlas postgres step goes through {@link VersionedAgreement}. Cases run
 * on {@link AgreementSuites#lanes()} lanes at once; a lane borrows one dev database for all its
 * cases (each load is rolled back) and empties one target database between them, both created
 * under unique names and dropped at the end. The server's address comes from
 * {@code ATLAS4J_PG_HOST}/{@code ATLAS4J_PG_PORT}/{@code ATLAS4J_PG_USER} (default 127.0.0.1:5432,
 * postgres).
 */
class PostgresAgreementIT {
    static {
        System.setProperty("org.slf4j.simpleLogger.log.io.atlas4j.migrate", "warn");
    }

    /** The roles the cases grant to, shared with other suites running at once (dialect-postgres's ConformanceIT). */
    private static PgCaseRoles roles;
    private static final List<AgreementServer> lanes = new ArrayList<>();
    private static AgreementLedger ledger;
    private static Connection admin;
    private static AgreementSuites.Run run;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void open() throws Exception {
        ledger = new AgreementLedger("postgres");
        try {
            admin = Pg.connect("postgres");
        } catch (SQLException e) {
            throw Prerequisite.missing("PostgreSQL is not reachable at " + Pg.HOST + ":" + Pg.PORT + " as " + Pg.USER + ": " + e.getMessage(), e);
        }
        roles = PgCaseRoles.create(admin);
        for (int i = 0; i < AgreementSuites.lanes(); i++) lanes.add(new Pg(admin));
    }

    @AfterAll
    static void close() throws Exception {
        try {
            if (run != null) run.close();
            if (ledger != null) ledger.report();
        } finally {
            try {
                for (AgreementServer lane : lanes) lane.close();
            } finally {
                if (admin != null) {
                    if (roles != null) roles.close();
                    admin.close();
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> agreement() {
        List<AgreementCase> cases = AgreementCase.postgres(SharedData.folder("conformance"));
        run = new AgreementSuites.Run(lanes, ledger, tmp);
        return run.tests(cases, 1000);
    }

    /** One lane of the PostgreSQL suite: a dev and a target database of its own. */
    static final class Pg implements AgreementServer {
        static final String HOST = env("ATLAS4J_PG_HOST", "127.0.0.1");
        static final String PORT = env("ATLAS4J_PG_PORT", "5432");
        static final String USER = env("ATLAS4J_PG_USER", "postgres");
        private static final Pattern MIN_VERSION = Pattern.compile("\"min_version\"\\s*:\\s*\"(\\d+)");
        private static final Pattern FLAVOR = Pattern.compile("\"flavor\"\\s*:\\s*\"([^\"]+)\"");
        private static final String USER_SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                + "AND nspname <> 'information_schema' ORDER BY nspname";
        /** Anything in the dev database beyond an empty public schema. */
        private static final String DEV_CONTENT = """
                SELECT (SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public'))
                     + (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')
                     + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public')
                     + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public')
                     + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')""";

        private final Connection admin;
        private final List<String> databases = new ArrayList<>();
        private final Connection dev;
        private final Connection target;
        private final int serverMajor;
        private final boolean pgvector;

        Pg(Connection admin) throws SQLException {
            this.admin = admin;
            serverMajor = admin.getMetaData().getDatabaseMajorVersion();
            try (Statement s = admin.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")) {
                pgvector = rs.next() && rs.getInt(1) > 0;
            }
            dev = connect(create("a4j_agree_dev"));
            target = connect(create("a4j_agree"));
        }

        private static String env(String k, String d) {
            String v = System.getenv(k);
            return v == null || v.isBlank() ? d : v;
        }

        static Connection connect(String database) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", USER);
            p.setProperty("connectTimeout", "5");
            return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, p);
        }

        private String create(String prefix) throws SQLException {
            String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            exec(admin, "CREATE DATABASE " + name);
            databases.add(name);
            return name;
        }

        static void exec(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        static String quote(String ident) {
            return "\"" + ident.replace("\"", "\"\"") + "\"";
        }


        @Override
        public Optional<String> limit(AgreementCase c) {
            Matcher v = MIN_VERSION.matcher(c.meta());
            if (v.find() && Integer.parseInt(v.group(1)) > serverMajor) {
                return Optional.of("needs PostgreSQL " + v.group(1) + " (meta.json min_version)");
            }
            Matcher f = FLAVOR.matcher(c.meta());
            if (f.find() && f.group(1).equals("pgvector") && !pgvector) return Optional.of("needs pgvector (meta.json flavor)");
            return Optional.empty();
        }

        @Override
        public Realm loadDesired(String sql) {
            return Atlas.loadRealm(List.of(new SqlScript("desired.sql", sql)), dev, Scope.SCHEMA);
        }

        @Override
        public Replay replay() {
            return Replay.on(dev);
        }

        @Override
        public Connection freshTarget() throws SQLException {
            empty(target);
            return target;
        }

        /** Drops every user schema (with what is in it) and creates an empty {@code public}; session settings back to defaults. */
        private static void empty(Connection c) throws SQLException {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            exec(c, "RESET ALL");
            exec(c, "SET statement_timeout = '60s'");
            List<String> schemas = new ArrayList<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery(USER_SCHEMAS)) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
            for (String s : schemas) exec(c, "DROP SCHEMA " + quote(s) + " CASCADE");
            exec(c, "CREATE SCHEMA public");
        }

        @Override
        public Optional<String> loadFailure(String file, String sql) throws SQLException {
            empty(target);
            return AgreementSuites.runNatively(target, PostgresDialect.create().syntax().splitter(), file, sql);
        }

        @Override
        public Optional<String> afterCase() throws SQLException {
            try (Statement s = dev.createStatement(); var rs = s.executeQuery(DEV_CONTENT)) {
                rs.next();
                long left = rs.getLong(1);
                if (left == 0 && dev.getAutoCommit()) return Optional.empty();
                empty(dev);
                return Optional.of(left + " object(s)" + (dev.getAutoCommit() ? "" : ", and a transaction open"));
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection c : List.of(dev, target)) c.close();
            for (String db : databases) exec(admin, "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }
}
