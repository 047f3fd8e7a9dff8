package io.atlas4j.migrate;

import io.atlas4j.plan.Plan;
import java.nio.file.Path;

/**
 * The migration file {@code migrate diff} wrote.
 *
 * @param file the file, inside the directory
 * @param plan the statements it holds
 */
public record NewMigration(Path file, Plan plan) {
}
