package io.atlas4j.spring.boot.internal;

import io.atlas4j.error.ApplyException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.MigrationListener;
import io.atlas4j.migrate.MigrationProgress;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.Revision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.atlas4j.spring.boot.Atlas4jHistory;
import io.atlas4j.spring.boot.Atlas4jMigrator;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The versioned start-up apply: runs the pending files of {@code atlas4j.migrations} with {@link Migrations}. */
public final class DirectoryMigrator implements Atlas4jMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryMigrator.class);

    private final Supplier<Migrations> migrations;
    private final DataSource dataSource;
    private final String source;
    private final RunListeners listeners;

    public DirectoryMigrator(Supplier<Migrations> migrations, DataSource dataSource, String source) {
        this(migrations, dataSource, source, RunListeners.NONE);
    }

    /** As above, telling {@code listeners} about each run that applies a file or fails. */
    public DirectoryMigrator(Supplier<Migrations> migrations, DataSource dataSource, String source, RunListeners listeners) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.source = Objects.requireNonNull(source, "source");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
    }

    @Override
    public void migrate() {
        long start = System.nanoTime();
        Heard heard = new Heard();
        MigrateResult r;
        try {
            r = migrations.get().listener(heard).apply(dataSource);
        } catch (RuntimeException e) {
            listeners.failed("migrations", source, heard.summary(), heard.applied(e), e, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        if (r.isEmpty()) {
            LOG.info("atlas4j: no migration files to execute in {}; the database is at version {}", source, r.to().orElse("(none)"));
        } else {
            LOG.info("atlas4j: migrated {} from version {} to {} ({} file(s), {} statement(s), {} ms)", source,
                    r.from().orElse("(none)"), r.to().orElse("(none)"), r.files().size(), r.statementCount(), r.took().toMillis());
            listeners.succeeded("migrations", source, r.files().stream().map(AppliedFile::name).toList(), r.took());
        }
    }

    /** The files a run reached, for the summary of a failed one. */
    private static final class Heard implements MigrationListener {
        private final List<String> started = new ArrayList<>();
        private final List<String> done = new ArrayList<>();
        private MigrationProgress last;

        @Override
        public synchronized void starting(MigrationProgress p) {
            if (!started.contains(p.name())) started.add(p.name());
            last = p;
        }

        @Override
        public synchronized void fileApplied(MigrationProgress p) {
            done.add(p.name());
        }

        synchronized List<String> summary() {
            List<String> out = new ArrayList<>(started);
            if (last != null && last.files() > started.size()) out.add("(" + (last.files() - started.size()) + " more file(s) not run)");
            return out;
        }

        /** The files that ran completely, then the statements of the failed file that took effect (not rolled back). */
        synchronized List<String> applied(RuntimeException e) {
            List<String> out = new ArrayList<>(done);
            if (e instanceof ApplyException a && !a.applied().isEmpty() && last != null && !done.contains(last.name())) {
                out.add(last.name() + ": " + a.applied().size() + " of " + last.statements() + " statement(s)");
            }
            return out;
        }
    }

    @Override
    public Atlas4jHistory history() {
        return new Atlas4jHistory("migrations", source,
                migrations.get().status(dataSource).executed().stream().map(DirectoryMigrator::entry).toList());
    }

    private static Atlas4jHistory.Entry entry(Revision r) {
        return new Atlas4jHistory.Entry(r.version(), r.description(), r.executedAt().toString(), r.executionTime().toMillis(),
                r.applied(), r.isComplete(), r.error().orElse(null));
    }

    @Override
    public String toString() {
        return "atlas4j migrations " + source;
    }
}
