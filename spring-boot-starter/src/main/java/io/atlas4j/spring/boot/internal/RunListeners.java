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
import java.util.function.Function;
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
    public static final RunListeners NONE = new RunListeners(List::of, ok -> "");

    private final Supplier<List<Atlas4jRunListener>> listeners;
    private final Function<Boolean, String> target;

    /**
     * @param listeners read when a run ends, so beans defined anywhere in the context are found
     * @param target    the database as listeners see it, given whether the run succeeded (and so whether the database
     *                  can be asked); looked up only when there is a listener to tell
     */
    public RunListeners(Supplier<List<Atlas4jRunListener>> listeners, Function<Boolean, String> target) {
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** {@return the database behind {@code url}, password masked} */
    public static Function<Boolean, String> target(String url) {
        return ok -> DatabaseUrl.mask(url);
    }

    /**
     * {@return the database behind {@code dataSource}, password masked} After a successful run, its connection's JDBC URL.
     * After a failure the database may be unreachable, and a pool would wait its whole connection timeout for it: then
     * the URL the pool was given ({@code getJdbcUrl()} or {@code getUrl()}, as Hikari, DBCP and most pools have), read
     * without connecting.
     */
    public static Function<Boolean, String> target(DataSource dataSource) {
        return ok -> {
            if (ok) {
                try (Connection c = dataSource.getConnection()) {
                    return DatabaseUrl.mask(c.getMetaData().getURL());
                } catch (SQLException | RuntimeException e) {
                    // fall through to what the pool was configured with
                }
            }
            for (String getter : List.of("getJdbcUrl", "getUrl")) {
                try {
                    Object url = dataSource.getClass().getMethod(getter).invoke(dataSource);
                    if (url instanceof String u && !u.isBlank()) return DatabaseUrl.mask(u);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // no such getter on this DataSource: try the next
                }
            }
            return "DataSource " + dataSource.getClass().getName();
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
        Atlas4jRun run = new Atlas4jRun(mode, source, target.apply(ok), ok, summary, applied, error, duration);
        for (Atlas4jRunListener l : all) {
            try {
                l.finished(run);
            } catch (RuntimeException e) {
                LOG.warn("atlas4j: run listener {} failed: {}; start-up goes on", l, e.toString());
            }
        }
    }
}
