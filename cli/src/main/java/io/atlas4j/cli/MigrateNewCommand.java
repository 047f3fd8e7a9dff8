package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate new}: adds an empty migration file, named as the directory's format names them, and rehashes. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Add an empty migration file that runs after every file already in the directory (atlas format:"
                + " <yyyyMMddHHmmss>_<NAME>.sql; Flyway: V<next>__<NAME>.sql; other formats their own naming and markers),"
                + " then update atlas.sum. The directory is created when missing, and must be intact (see migrate validate).")
final class MigrateNewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "What the migration does, e.g. add_users.")
    String name;

    @Override
    public Integer call() {
        DirectoryUrl d = dir.url(project.env());
        NewMigration.checkName(d.format(), Optional.ofNullable(name), d.path().toString());
        try {
            Files.createDirectories(d.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create migration directory " + d.path() + ": " + e.getMessage(), e);
        }
        MigrationDirectory before = MigrationDirectory.open(d.path(), d.format());
        // Never add to a directory whose files no longer match their sum: the new sum would bless the change.
        Migrations.of(before).checkDirectory();
        NewMigration next = NewMigration.next(before, Optional.ofNullable(name), Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        for (NewMigration.File f : next.files()) {
            Path file = d.path().resolve(f.name());
            try {
                Files.writeString(file, f.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new UncheckedIOException("cannot create " + file + ": it already exists", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            out.println(file);
        }
        // Read back in the format, so a file it would not accept fails here rather than at apply time.
        MigrationDirectory.open(d.path(), d.format()).computeSum().writeTo(d.path());
        out.flush();
        return 0;
    }
}
