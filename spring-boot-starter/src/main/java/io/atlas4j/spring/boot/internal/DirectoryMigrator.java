package io.atlas4j.spring.boot.internal;

import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.Revision;
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

    public DirectoryMigrator(Supplier<Migrations> migrations, DataSource dataSource, String source) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void migrate() {
        MigrateResult r = migrations.get().apply(dataSource);
        if (r.isEmpty()) {
            LOG.info("atlas4j: no migration files to execute in {}; the database is at version {}", source, r.to().orElse("(none)"));
        } else {
            LOG.info("atlas4j: migrated {} from version {} to {} ({} file(s), {} statement(s), {} ms)", source,
                    r.from().orElse("(none)"), r.to().orElse("(none)"), r.files().size(), r.statementCount(), r.took().toMillis());
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
