package io.atlas4j.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The goals of the versioned workflow, over one migration directory. */
abstract class AbstractMigrateMojo extends AbstractAtlasMojo {
    /**
     * Migration directory: {@code file://path} (relative to the project), optionally
     * {@code ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase}; the atlas format when absent.
     */
    @Parameter(property = "atlas4j.dir", defaultValue = "file://migrations")
    String dir;

    Locations.Dir directory() {
        return locations().dir(dir);
    }
}
