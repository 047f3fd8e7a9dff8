package io.atlas4j.migrate.agreement;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.migrate.Replay;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import io.atlas4j.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarative and versioned agree on SQLite: for every sqldef sqlite3 case and Atlas sqlite step,
 * a directory holding current.sql plus the file {@code migrate diff} writes, applied to an empty
 * database file, holds desired.sql's schema, and a second {@code migrate diff} writes nothing
 * ({@link VersionedAgreement}). The directory is replayed in SQLite's in-memory dev database.
 */
class SqliteAgreementIT {
    static {
        System.setProperty("org.slf4j.simpleLogger.log.io.atlas4j.migrate", "warn");
    }

    private static AgreementLedger ledger;
    private static AgreementSuites.Run run;
    private static final List<AgreementServer> lanes = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void open() throws Exception {
        ledger = new AgreementLedger("sqlite");
        for (int i = 0; i < AgreementSuites.lanes(); i++) lanes.add(new Sqlite(tmp.resolve("lane" + i)));
    }

    @AfterAll
    static void report() throws Exception {
        try {
            if (run != null) run.close();
            ledger.report();
        } finally {
            for (AgreementServer lane : lanes) lane.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> agreement() {
        List<AgreementCase> cases = AgreementCase.sqlite(SharedData.folder("conformance"));
        run = new AgreementSuites.Run(lanes, ledger, tmp.resolve("dirs"));
        return run.tests(cases, 70);
    }

    /** An in-memory dev database per load, a new database file per case. */
    private static final class Sqlite implements AgreementServer {
        private static final SqliteDialect SQLITE = SqliteDialect.create();
        private final Path tmp;
        private Connection target;

        Sqlite(Path tmp) throws IOException {
            this.tmp = Files.createDirectories(tmp);
        }


        @Override
        public Realm loadDesired(String sql) {
            return Atlas.loadRealm(List.of(new SqlScript("desired.sql", sql)), SQLITE, Scope.SCHEMA);
        }

        @Override
        public Replay replay() {
            return Replay.embedded(SQLITE);
        }

        @Override
        public Connection freshTarget() throws Exception {
            if (target != null) {
                target.close();
                Files.deleteIfExists(tmp.resolve("target.db"));
            }
            target = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("target.db"));
            return target;
        }

        @Override
        public Optional<String> loadFailure(String file, String sql) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                return AgreementSuites.runNatively(c, SQLITE.syntax().splitter(), file, sql);
            }
        }

        @Override
        public void close() throws Exception {
            if (target != null) target.close();
        }
    }
}
