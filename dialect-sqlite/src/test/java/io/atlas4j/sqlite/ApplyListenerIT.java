package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApplyListener;
import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** An apply tells its listener about each statement in order, and a listener that throws never fails the apply. */
class ApplyListenerIT {
    private static final String DESIRED = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id));
            CREATE INDEX posts_author ON posts (author);
            """;

    @TempDir
    Path dir;

    private SQLiteDataSource db(String name) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(name));
        return ds;
    }

    /** Records every call as "starting i/n" or "finished i/n", checking elapsed time never goes back. */
    private static final class Recorder implements ApplyListener {
        final List<String> calls = new ArrayList<>();
        private Duration last = Duration.ZERO;

        @Override
        public void starting(int index, int total, Statement statement, Duration elapsed) {
            record("starting", index, total, elapsed);
        }

        @Override
        public void finished(int index, int total, Statement statement, Duration elapsed) {
            record("finished", index, total, elapsed);
        }

        private void record(String what, int index, int total, Duration elapsed) {
            assertThat(elapsed).isGreaterThanOrEqualTo(last);
            last = elapsed;
            calls.add(what + " " + index + "/" + total);
        }
    }

    @Test
    void atlasApplyReportsEachStatement() throws Exception {
        SQLiteDataSource ds = db("apply.db");
        Plan plan = Atlas.diff(Atlas.inspect(ds), Atlas.load(DESIRED, "schema.sql", SqliteDialect.create())).plan();
        Recorder recorder = new Recorder();
        var result = Atlas.apply(ds, plan, ApplyOptions.defaults().withListener(recorder));
        int n = plan.statements().size();
        assertThat(n).isEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add("starting " + i + "/" + n);
            expected.add("finished " + i + "/" + n);
        }
        assertThat(recorder.calls).containsExactlyElementsOf(expected);
        assertThat(result.applied()).hasSize(n);
    }

    @Test
    void bootstrapReportsEachStatementAndIgnoresAFailingListener() throws Exception {
        SQLiteDataSource ds = db("bootstrap.db");
        Path schema = Files.writeString(dir.resolve("schema.sql"), DESIRED);
        Recorder recorder = new Recorder();
        var result = SchemaBootstrap.of(ds).desired(schema).listener(recorder).run();
        assertThat(recorder.calls).hasSize(6).startsWith("starting 1/3").endsWith("finished 3/3");
        assertThat(result.applied()).hasSize(3);

        SQLiteDataSource other = db("other.db");
        ApplyListener broken = new ApplyListener() {
            @Override
            public void starting(int index, int total, Statement statement, Duration elapsed) {
                throw new IllegalStateException("terminal went away");
            }
        };
        SchemaBootstrap.of(other).desired(schema).listener(broken).run();
        assertThat(Atlas.diff(Atlas.inspect(other), Atlas.inspect(ds)).isEmpty()).isTrue();
    }
}
