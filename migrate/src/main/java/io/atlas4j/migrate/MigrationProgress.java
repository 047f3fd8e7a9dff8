package io.atlas4j.migrate;

import java.time.Duration;

/**
 * Where a migration run is: statement {@code statement} of {@code statements} in file {@code file} of {@code files}
 * (all 1-based), and the time since the run took the lock.
 */
public record MigrationProgress(int file, int files, String name, int statement, int statements, Duration elapsed) {
}
