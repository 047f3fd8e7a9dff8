package io.atlas4j.operator.internal;

import java.time.Duration;

/**
 * The delay before retrying a failed reconcile: {@code initial} doubled per failure in a row,
 * capped at {@code max}.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        if (initial.isNegative() || initial.isZero()) throw new IllegalArgumentException("backoff initial delay must be positive: " + initial);
        if (max.compareTo(initial) < 0) throw new IllegalArgumentException("backoff max " + max + " is below its initial delay " + initial);
    }

    /** {@return the delay after the {@code failures}-th failure in a row (1 for the first)} */
    public Duration after(int failures) {
        Duration d = initial;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(max) > 0 ? max : d;
    }
}
