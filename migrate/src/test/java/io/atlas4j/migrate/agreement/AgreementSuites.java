package io.atlas4j.migrate.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.script.ScriptStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** What the three agreement suites share: running the cases on lanes, one dynamic test per case, and loading SQL natively. */
final class AgreementSuites {
    /** The system property naming how many cases run at once, each on a lane (dev and target database) of its own. */
    static final String LANES = "atlas4j.agreement.lanes";
    /** The system property holding a regular expression over case ids: only the cases it matches run. */
    static final String CASES = "atlas4j.agreement.cases";

    private AgreementSuites() {
    }

    /** {@return how many lanes a suite opens: {@value #LANES}, default 2 (the cases wait on the server as much as they compute)} */
    static int lanes() {
        return Math.max(1, Integer.getInteger(LANES, 2));
    }

    /**
     * The cases of one suite running on its lanes: every case is queued at once and the first free
     * lane takes the next; the dynamic test of a case waits for it and records its outcome.
     */
    static final class Run implements AutoCloseable {
        private final BlockingQueue<AgreementServer> free;
        private final ExecutorService pool;
        private final AgreementLedger ledger;
        private final Path tmp;

        Run(List<AgreementServer> lanes, AgreementLedger ledger, Path tmp) {
            this.free = new ArrayBlockingQueue<>(lanes.size(), false, lanes);
            this.pool = Executors.newFixedThreadPool(lanes.size(), r -> {
                Thread t = new Thread(r, "agreement-lane");
                t.setDaemon(true);
                return t;
            });
            this.ledger = ledger;
            this.tmp = tmp;
        }

        /**
         * {@return a test that the expected-disagreement list names only real cases, then one test per case}
         *
         * @param minimum fewer cases than this means the shared folder is not what the suite expects
         */
        Stream<DynamicTest> tests(List<AgreementCase> cases, int minimum) {
            List<DynamicTest> out = new ArrayList<>();
            List<String> ids = cases.stream().map(AgreementCase::id).toList();
            out.add(DynamicTest.dynamicTest("cases found and listed cases exist", () -> {
                assertThat(ids).as("conformance cases").hasSizeGreaterThanOrEqualTo(minimum).doesNotHaveDuplicates();
                ledger.checkListed(ids);
            }));
            String only = System.getProperty(CASES, "");
            for (int i = 0; i < cases.size(); i++) {
                AgreementCase c = cases.get(i);
                if (!only.isEmpty() && !c.id().matches(only)) continue;
                Path dir = tmp.resolve(String.format("%04d", i));
                Future<AgreementOutcome> outcome = pool.submit(() -> onLane(c, dir));
                out.add(DynamicTest.dynamicTest(c.id(), () -> {
                    try {
                        ledger.record(c.id(), outcome.get());
                    } catch (ExecutionException e) {
                        throw e.getCause();
                    }
                }));
            }
            return out.stream();
        }

        private AgreementOutcome onLane(AgreementCase c, Path dir) throws Exception {
            AgreementServer lane = free.take();
            try {
                return VersionedAgreement.run(c, lane, dir);
            } finally {
                VersionedAgreement.deleteQuietly(dir);
                try {
                    lane.afterCase().ifPresent(left -> ledger.note("the dev database was not left as found after " + c.id() + ": " + left));
                } finally {
                    free.put(lane);
                }
            }
        }

        /** Stops the cases not run yet (a run cut short) and waits for those running, so the lanes can close. */
        @Override
        public void close() throws InterruptedException {
            pool.shutdownNow();
            if (!pool.awaitTermination(2, TimeUnit.MINUTES)) System.out.println("[atlas4j] agreement lanes still busy after 2 minutes");
        }
    }

    /** {@return why {@code sql} fails when run statement by statement on {@code c}, or empty when every statement runs} */
    static Optional<String> runNatively(Connection c, ScriptSplitter splitter, String file, String sql) {
        for (ScriptStatement st : splitter.split(sql)) {
            try (Statement s = c.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                return Optional.of(file + ":" + st.line() + ": " + VersionedAgreement.message(e));
            }
        }
        return Optional.empty();
    }
}
