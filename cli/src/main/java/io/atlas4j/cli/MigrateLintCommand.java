package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.Dialects;
import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.MigrationLint;
import io.atlas4j.migrate.Replay;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.atlas4j.hcl.project.Env;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas4j migrate lint}: reviews the newest migration files before they reach a database. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Replay the directory on the dev database and run the analyzers (destructive, data-dependent, backward"
                + " incompatible, the dialect's lock hazards) on the changes of the latest N files. Exits 8 when a finding reaches"
                + " --fail-on (default ERROR) or a file does not run.")
final class MigrateLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    DirOption dir;

    @Mixin
    ProjectOptions project;

    @Option(names = "--dev-url", paramLabel = "URL", description = "Empty dev database to replay the directory on (with --env: the env's dev).")
    String devUrl;

    @Option(names = "--latest", paramLabel = "N", defaultValue = "1", description = "Lint the latest N files (default: ${DEFAULT-VALUE}).")
    int latest;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    String format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "ERROR", description = "INFO, WARNING or ERROR.")
    String failOn;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) throw new InvalidInputException("--format is text or json, not " + format);
        Severity threshold;
        try {
            threshold = Severity.valueOf(failOn.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--fail-on is INFO, WARNING or ERROR, not " + failOn);
        }
        Optional<Env> env = project.env();
        String devUrl = ProjectOptions.required("--dev-url", this.devUrl, env.flatMap(Env::dev), env);
        // The env's lint block (destructive { error = false }, ...) sets the analyzers' severities.
        LintConfig config = env.map(e -> e.lint().apply(LintConfig.defaults())).orElse(LintConfig.defaults());
        var d = dir.url(env);
        MigrationDirectory directory = MigrationDirectory.open(d.path(), d.format());
        // A tampered directory is refused before any database is opened.
        if (d.format() == io.atlas4j.migrate.dir.DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
        MigrationLint.Report report;
        try (SourceLoader sources = new SourceLoader(Optional.of(devUrl), Map.of(), Source.LOADER_OPTIONS)) {
            Connection dev = sources.openWrite(devUrl);
            report = MigrationLint.lint(directory, latest, Replay.on(dev), Dialects.forConnection(dev), config);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.equals("json") ? report.json() : report.format().stripTrailing());
        out.flush();
        return report.hasAtLeast(threshold) ? AtlasErrorCode.LINT.exitStatus() : 0;
    }
}
