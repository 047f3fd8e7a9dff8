package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.hcl.project.Env;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals of the versioned workflow, over one migration directory. */
abstract class AbstractMigrateMojo extends AbstractAtlasMojo {
    /**
     * Migration directory: {@code file://path} (relative to the project), optionally
     * {@code ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase}; the atlas format when absent
     * (default: the env's {@code migration { dir }}, else {@code file://migrations}).
     */
    @Parameter(property = "atlas4j.dir")
    String dir;

    @Override
    void fromEnv(Env env) {
        dir = orEnv(dir, env.migration().dir());
    }

    DirectoryUrl directory() {
        return locations().dir(dir != null ? dir : "file://migrations");
    }
}
