package io.atlas4j.spring.boot.internal;

import io.atlas4j.ApplyListener;
import io.atlas4j.BootstrapResult;
import io.atlas4j.HistoryEntry;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.error.ApplyException;
import io.atlas4j.plan.Statement;
import java.time.Duration;
import java.util.ArrayList;
import io.atlas4j.spring.boot.Atlas4jHistory;
import io.atlas4j.spring.boot.Atlas4jMigrator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The declarative start-up apply: brings the database to {@code atlas4j.schema} with a {@link SchemaBootstrap}. */
public final class SchemaMigrator implements Atlas4jMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Supplier<SchemaBootstrap> bootstrap;
    private final String source;
    private final RunListeners listeners;

    /**
     * @param bootstrap built when first needed, so a classpath schema is only copied out of its jar
     *                  when the run happens
     * @param source    the configured location, for messages and the endpoint
     */
    public SchemaMigrator(Supplier<SchemaBootstrap> bootstrap, String source) {
        this(bootstrap, source, RunListeners.NONE);
    }

    /** As above, telling {@code listeners} about each run that applies something or fails. */
    public SchemaMigrator(Supplier<SchemaBootstrap> bootstrap, String source, RunListeners listeners) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.source = Objects.requireNonNull(source, "source");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
    }

    @Override
    public void migrate() {
        long start = System.nanoTime();
        Heard heard = new Heard();
        BootstrapResult r;
        try {
            r = bootstrap.get().listener(heard).run();
        } catch (RuntimeException e) {
            List<String> applied = e instanceof ApplyException a ? a.applied() : List.of();
            listeners.failed("schema", source, heard.summary(), applied, e, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        if (r.wasApplied()) {
            LOG.info("atlas4j: applied {} statement(s) to reach {} in {} ms (waited {} ms for the schema lock)",
                    r.applied().size(), source, r.elapsed().toMillis(), r.lockWait().toMillis());
            listeners.succeeded("schema", source, r.applied().stream().map(Statement::sql).toList(), r.elapsed());
        } else {
            LOG.info("atlas4j: the database already holds {}, nothing to apply", source);
        }
    }

    /** The statements an apply reached, for the summary of a failed one (the plan itself is not returned then). */
    private static final class Heard implements ApplyListener {
        private final List<String> started = new ArrayList<>();
        private int total;

        @Override
        public synchronized void starting(int index, int total, Statement statement, Duration elapsed) {
            started.add(statement.sql());
            this.total = total;
        }

        synchronized List<String> summary() {
            List<String> out = new ArrayList<>(started);
            if (total > started.size()) out.add("(" + (total - started.size()) + " more statement(s) not run)");
            return out;
        }
    }

    @Override
    public Atlas4jHistory history() {
        List<HistoryEntry> rows = bootstrap.get().history();
        return new Atlas4jHistory("schema", source, rows.stream().map(SchemaMigrator::entry).toList());
    }

    private static Atlas4jHistory.Entry entry(HistoryEntry h) {
        return new Atlas4jHistory.Entry(Long.toString(h.id()), "fingerprint " + h.fingerprintBefore() + " -> " + h.fingerprintAfter(),
                h.appliedAt().toString(), h.duration().toMillis(), h.statements().size(), h.success(), h.error().orElse(null));
    }

    @Override
    public String toString() {
        return "atlas4j schema " + source;
    }
}
