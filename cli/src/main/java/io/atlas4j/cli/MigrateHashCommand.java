package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.migrate.dir.SumFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atlas4j migrate hash}: rewrites atlas.sum from the files as they are. */
@Command(name = "hash", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rewrite the directory's atlas.sum from its files as they are now: after an intended edit of a migration file.")
final class MigrateHashCommand implements Callable<Integer> {
    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        DirectoryUrl d = dir.url(project.env());
        // As Atlas: the sum covers the top-level .sql files whatever the format, so no file needs to parse.
        SumFile.compute(d.path()).writeTo(d.path());
        return 0;
    }
}
