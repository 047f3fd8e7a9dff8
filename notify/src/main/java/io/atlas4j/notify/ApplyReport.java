package io.atlas4j.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one apply did, as a webhook is told it.
 *
 * @param command    what ran, e.g. {@code schema apply} or {@code migrate apply}
 * @param target     the database, its URL with the password masked
 * @param succeeded  whether the apply finished without error
 * @param summary    one line per statement or migration file that was to run
 * @param applied    what took effect: all of {@code summary} on success, the prefix that remained on failure
 * @param error      the failure's message, when it failed
 * @param duration   how long the apply took
 * @param finishedAt when it ended
 */
public record ApplyReport(String command, String target, boolean succeeded, List<String> summary, List<String> applied,
                          Optional<String> error, Duration duration, Instant finishedAt) {
    public ApplyReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(target, "target");
        summary = List.copyOf(summary);
        applied = List.copyOf(applied);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** {@return a report of an apply that succeeded: everything in {@code summary} took effect} */
    public static ApplyReport succeeded(String command, String target, List<String> summary, Duration duration) {
        return new ApplyReport(command, target, true, summary, summary, Optional.empty(), duration, Instant.now());
    }

    /** {@return a report of an apply that failed after {@code applied} took effect} */
    public static ApplyReport failed(String command, String target, List<String> summary, List<String> applied, String error,
                                     Duration duration) {
        return new ApplyReport(command, target, false, summary, applied, Optional.of(error), duration, Instant.now());
    }
}
