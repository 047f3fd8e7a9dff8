package io.atlas4j.migrate.agreement;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.migrate.Replay;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarative and versioned agree on MariaDB: every sqldef mysql case and Atlas mysql step (its
 * MariaDB state where Atlas keeps one) goes through {@link VersionedAgreement}. Whether a case is
 * meant for MySQL only is left to the server: a case whose SQL MariaDB rejects counts as not
 * loadable. Cases run on {@link AgreementSuites#lanes()} lanes at once; a lane borrows one dev
 * database for all its cases and drops and creates one target database again between them, both
 * under unique names and dropped at the end. The server is {@code ATLAS4J_MARIADB_URL} (default
 * {@code jdbc:mariadb://127.0.0.1:3306/}, root, no password).
 */
class MySqlAgreementIT {
    static {
        System.setProperty("org.slf4j.simpleLogger.log.io.atlas4j.migrate", "warn");
    }

    private static final List<AgreementServer> lanes = new ArrayList<>();
    private static AgreementLedger ledger;
    private static AgreementSuites.Run run;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void open() throws Exception {
        ledger = new AgreementLedger("mysql");
        for (int i = 0; i < AgreementSuites.lanes(); i++) lanes.add(new MariaDb());
    }

    @AfterAll
    static void close() throws Exception {
        try {
            if (run != null) run.close();
            if (ledger != null) ledger.report();
        } finally {
            for (AgreementServer lane : lanes) lane.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> agreement() {
        List<AgreementCase> cases = AgreementCase.mysql(SharedData.folder("conformance"));
        run = new AgreementSuites.Run(lanes, ledger, tmp);
        return run.tests(cases, 350);
    }

    /**
     * One lane of the MariaDB suite: a dev and a target database of its own. Scripts may change session settings ({@code SET foreign_key_checks = 0}),
     * so every case gets new connections to the target and the dev database.
     */
    static final class MariaDb implements AgreementServer {
        static final String URL = System.getenv().getOrDefault("ATLAS4J_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        private static final String DEV_CONTENT = """
                SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = ?)
                     + (SELECT count(*) FROM information_schema.routines WHERE routine_schema = ?)
                     + (SELECT count(*) FROM information_schema.events WHERE event_schema = ?)""";

        private final Connection admin;
        private final String devName;
        private final String targetName;
        private Connection dev;
        private Connection target;

        MariaDb() throws SQLException {
            try {
                admin = connect(null);
            } catch (SQLException e) {
                throw Prerequisite.missing("MariaDB is not reachable at " + URL + " (" + e.getMessage() + ")", e);
            }
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            devName = "a4j_agree_dev_" + id;
            targetName = "a4j_agree_" + id;
            exec(admin, "CREATE DATABASE `" + devName + "`");
            exec(admin, "CREATE DATABASE `" + targetName + "`");
            dev = connect(devName);
        }

        private static Connection connect(String database) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", System.getenv().getOrDefault("ATLAS4J_MARIADB_USER", "root"));
            p.setProperty("password", System.getenv().getOrDefault("ATLAS4J_MARIADB_PASSWORD", ""));
            Connection c = DriverManager.getConnection(URL, p);
            if (database != null) c.setCatalog(database);
            return c;
        }

        private static void exec(Connection c, String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        private void recreate(String name) throws SQLException {
            exec(admin, "DROP DATABASE IF EXISTS `" + name + "`");
            exec(admin, "CREATE DATABASE `" + name + "`");
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
            if (target != null) target.close();
            recreate(targetName);
            target = connect(targetName);
            return target;
        }

        @Override
        public Optional<String> loadFailure(String file, String sql) throws SQLException {
            Connection c = freshTarget();
            return AgreementSuites.runNatively(c, MySqlDialect.create().syntax().splitter(), file, sql);
        }

        @Override
        public Optional<String> afterCase() throws SQLException {
            long left;
            try (var s = admin.prepareStatement(DEV_CONTENT)) {
                for (int i = 1; i <= 3; i++) s.setString(i, devName);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    left = rs.getLong(1);
                }
            }
            dev.close();
            if (left > 0) recreate(devName);
            dev = connect(devName);
            return left == 0 ? Optional.empty() : Optional.of(left + " object(s)");
        }

        @Override
        public void close() throws SQLException {
            try {
                if (target != null) target.close();
                if (dev != null) dev.close();
                exec(admin, "DROP DATABASE IF EXISTS `" + targetName + "`");
                exec(admin, "DROP DATABASE IF EXISTS `" + devName + "`");
            } finally {
                admin.close();
            }
        }
    }
}
