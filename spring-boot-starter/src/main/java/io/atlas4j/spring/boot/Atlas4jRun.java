package io.atlas4j.spring.boot;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One start-up run of the starter that changed the database or failed, as {@link Atlas4jRunListener}s hear it.
 *
 * @param mode      {@code schema} (a declarative apply) or {@code migrations} (a migration directory)
 * @param source    the desired schema or the migration directory, as configured
 * @param target    the database, its URL with any password masked
 * @param succeeded whether the run finished without error
 * @param summary   what was to run: the planned statements, or the migration files; on a failure, those reached,
 *                  then one line saying how many were not
 * @param applied   what took effect: all of {@code summary} on success, the prefix that remained on failure
 * @param error     why it failed
 * @param duration  how long the run took, lock wait included
 */
public record Atlas4jRun(String mode, String source, String target, boolean succeeded, List<String> summary,
                         List<String> applied, Optional<String> error, Duration duration) {
    public Atlas4jRun {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        summary = List.copyOf(summary);
        applied = List.copyOf(applied);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
    }
}
