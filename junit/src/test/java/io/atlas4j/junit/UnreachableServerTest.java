package io.atlas4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.atlas4j.testkit.Prerequisite;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A test that asks for a database on a server that is down is skipped locally and fails under CI. */
class UnreachableServerTest {

    /** Run through the engine below, not by Surefire (nested classes are not discovered on their own). */
    static class NeedsADatabase {
        @RegisterExtension
        static AtlasExtension db = AtlasExtension.of(DatabaseServer.postgres("jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&connectTimeout=2"));

        @Test
        void usesIt(DataSource ds) {
            throw new AssertionError("must not run without its database");
        }
    }

    @Test
    void skipsLocallyAndFailsUnderCi() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(NeedsADatabase.class)).execute().testEvents();
        if (Prerequisite.underCi()) {
            tests.assertStatistics(s -> s.started(1).failed(1).aborted(0));
        } else {
            tests.assertStatistics(s -> s.started(1).aborted(1).failed(0));
        }
    }
}
