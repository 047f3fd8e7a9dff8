package io.atlas4j;

import io.atlas4j.plan.Statement;
import java.time.Duration;

/**
 * Hears an apply while it runs, statement by statement: for progress output on a terminal. Called
 * on the applying thread; what it throws is logged and ignored, so a listener cannot fail an apply.
 */
public interface ApplyListener {
    /** The listener that hears nothing. */
    ApplyListener NONE = new ApplyListener() {
    };

    /**
     * Statement {@code index} (1-based) of {@code total} is about to run.
     *
     * @param elapsed time since the apply started
     */
    default void starting(int index, int total, Statement statement, Duration elapsed) {
    }

    /** Statement {@code index} of {@code total} ran without error (it may still roll back with its transaction). */
    default void finished(int index, int total, Statement statement, Duration elapsed) {
    }
}
