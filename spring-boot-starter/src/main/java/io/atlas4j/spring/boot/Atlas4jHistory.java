package io.atlas4j.spring.boot;

import java.util.List;
import java.util.Objects;

/**
 * What atlas4j has applied to a database, as the {@code atlas4j} actuator endpoint shows it.
 *
 * @param mode    {@code schema} (declarative applies, one entry per row of the history table) or
 *                {@code migrations} (one entry per revision of the migration directory)
 * @param source  the desired schema or the migration directory, as configured
 * @param entries oldest first
 */
public record Atlas4jHistory(String mode, String source, List<Entry> entries) {
    public Atlas4jHistory {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        entries = List.copyOf(entries);
    }

    /**
     * One apply or one migration file. Plain values only, so any JSON mapper writes it as is.
     *
     * @param version     the file's version, or the history row's id for a declarative apply
     * @param description the file's description, or the schema fingerprints before and after
     * @param appliedAt   ISO-8601 instant
     * @param durationMs  how long it ran
     * @param statements  how many statements took effect
     * @param success     whether it ran to its end
     * @param error       why it stopped, or {@code null}
     */
    public record Entry(String version, String description, String appliedAt, long durationMs, int statements,
                        boolean success, String error) {
    }
}
