package io.atlas4j.spring.boot.internal;

import io.atlas4j.BootstrapResult;
import io.atlas4j.HistoryEntry;
import io.atlas4j.SchemaBootstrap;
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

    /**
     * @param bootstrap built when first needed, so a classpath schema is only copied out of its jar
     *                  when the run happens
     * @param source    the configured location, for messages and the endpoint
     */
    public SchemaMigrator(Supplier<SchemaBootstrap> bootstrap, String source) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public void migrate() {
        BootstrapResult r = bootstrap.get().run();
        if (r.wasApplied()) {
            LOG.info("atlas4j: applied {} statement(s) to reach {} in {} ms (waited {} ms for the schema lock)",
                    r.applied().size(), source, r.elapsed().toMillis(), r.lockWait().toMillis());
        } else {
            LOG.info("atlas4j: the database already holds {}, nothing to apply", source);
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
