package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.migrate.dir.SumFile;
import org.apache.maven.plugins.annotations.Mojo;

/** Rewrites the directory's {@code atlas.sum} from its files as they are, as {@code atlas4j migrate hash} does: after an intended edit of a migration file. */
@Mojo(name = "migrate-hash", requiresProject = false, threadSafe = true)
public class MigrateHashMojo extends AbstractMigrateMojo {
    @Override
    String goal() {
        return "migrate-hash";
    }

    @Override
    String[] urls() {
        return new String[0];
    }

    @Override
    void run() {
        DirectoryUrl d = directory();
        // As Atlas: the sum covers the top-level .sql files whatever the format, so no file needs to parse.
        SumFile.compute(d.path()).writeTo(d.path());
        getLog().info("Wrote " + d.path().resolve(SumFile.NAME));
    }
}
