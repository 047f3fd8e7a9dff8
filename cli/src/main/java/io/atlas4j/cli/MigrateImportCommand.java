package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.AtlasImport;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.ImportResult;
import io.atlas4j.migrate.dir.MigrationDirectory;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate import}: converts another tool's migration directory to the atlas format. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert a Flyway, golang-migrate, goose, dbmate or Liquibase directory into a new atlas-format directory"
                + " with its atlas.sum. Down and undo parts are left out; what else changed is printed as -- notes.")
final class MigrateImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    ProjectOptions project;

    @Option(names = "--from", required = true, paramLabel = "URL",
            description = "Directory to convert: file://path?format=flyway|golang-migrate|goose|dbmate|liquibase.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "Empty (or missing) directory to write the atlas-format files to: file://path.")
    String to;

    @Override
    public Integer call() {
        project.env(); // an env has nothing to fill here, but a broken project file or unknown env is still an error
        DirectoryUrl source = DirectoryUrl.parse(from);
        DirectoryUrl target = DirectoryUrl.parse(to);
        if (target.format() != DirectoryFormat.ATLAS) {
            throw new InvalidInputException("migrate import writes the atlas format, not " + target.format().id()
                    + ": drop ?format= from --to");
        }
        ImportResult result = AtlasImport.convert(MigrationDirectory.open(source.path(), source.format()));
        result.writeTo(target.path());
        PrintWriter out = spec.commandLine().getOut();
        result.notes().forEach(n -> out.println("-- " + n));
        out.flush();
        return 0;
    }
}
