package io.atlas4j;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable options for {@link Atlas#apply}.
 *
 * @param allowDestructive apply drops of schemas, tables and columns; refused otherwise
 * @param dryRun           plan and check, but execute nothing
 * @param lockTimeout      how long to wait for the schema lock another process holds
 * @param listener         hears each statement as it runs (progress output)
 */
public record ApplyOptions(boolean allowDestructive, boolean dryRun, Duration lockTimeout, ApplyListener listener) {
    public ApplyOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(listener, "listener");
        if (lockTimeout.isNegative()) throw new io.atlas4j.error.InvalidInputException("negative lock timeout " + lockTimeout);
    }

    public ApplyOptions(boolean allowDestructive, boolean dryRun, Duration lockTimeout) {
        this(allowDestructive, dryRun, lockTimeout, ApplyListener.NONE);
    }

    /** {@return no destructive changes, a real apply, five minutes' wait for the lock} */
    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false, Duration.ofMinutes(5));
    }

    public ApplyOptions withAllowDestructive(boolean allow) {
        return new ApplyOptions(allow, dryRun, lockTimeout, listener);
    }

    public ApplyOptions withDryRun(boolean dryRun) {
        return new ApplyOptions(allowDestructive, dryRun, lockTimeout, listener);
    }

    public ApplyOptions withLockTimeout(Duration timeout) {
        return new ApplyOptions(allowDestructive, dryRun, timeout, listener);
    }

    public ApplyOptions withListener(ApplyListener listener) {
        return new ApplyOptions(allowDestructive, dryRun, lockTimeout, listener);
    }
}
