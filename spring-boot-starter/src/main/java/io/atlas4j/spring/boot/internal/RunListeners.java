package io.atlas4j.spring.boot.internal;

import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spring.boot.Atlas4jRun;
import io.atlas4j.spring.boot.Atlas4jRunListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Atlas4jRunListener}s of a migrator, and how it names its database to them. A listener that throws is
 * logged and skipped: the run it hears about has already happened.
 */
public final class RunListeners {
    private static final Logger LOG = LoggerFactory.getLogger(RunListeners.class);

    /** No listener: nothing is told, and the database's name is never looked up. */
    public static final RunListeners NONE = new RunListeners(List::of, () -> "");

    private final Supplier<List<Atlas4jRunListener>> listeners;
    private final Supplier<String> target;

    /**
     * @param listeners read when a run ends, so beans defined anywhere in the context are found
     * @param target    the database as listeners see it, looked up only when there is one to tell
     */
    public RunListeners(Supplier<List<Atlas4jRunListener>> listeners, Supplier<String> target) {
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** {@return the database behind {@code url}, password masked} */
    public static Supplier<String> target(String url) {
        return () -> DatabaseUrl.mask(url);
    }

    /** {@return the database behind {@code dataSource}: its JDBC URL, password masked, or the DataSource when it cannot connect} */
    public static Supplier<String> target(DataSource dataSource) {
        return () -> {
            try (Connection c = dataSource.getConnection()) {
                return DatabaseUrl.mask(c.getMetaData().getURL());
            } catch (SQLException | RuntimeException e) {
                return "DataSource " + dataSource;
            }
        };
    }

    void succeeded(String mode, String source, List<String> summary, Duration duration) {
        tell(mode, source, true, summary, summary, Optional.empty(), duration);
    }

    void failed(String mode, String source, List<String> summary, List<String> applied, RuntimeException error, Duration duration) {
        String message = error.getMessage() != null ? error.getMessage() : error.getClass().getName();
        tell(mode, source, false, summary, applied, Optional.of(message), duration);
    }

    private void tell(String mode, String source, boolean ok, List<String> summary, List<String> applied, Optional<String> error,
                      Duration duration) {
        List<Atlas4jRunListener> all;
        try {
            all = listeners.get();
        } catch (RuntimeException e) {
            LOG.warn("atlas4j: cannot look up the run listeners: {}", e.toString());
            return;
        }
        if (all.isEmpty()) return;
        Atlas4jRun run = new Atlas4jRun(mode, source, target.get(), ok, summary, applied, error, duration);
        for (Atlas4jRunListener l : all) {
            try {
                l.finished(run);
            } catch (RuntimeException e) {
                LOG.warn("atlas4j: run listener {} failed: {}; start-up goes on", l, e.toString());
            }
        }
    }
}
