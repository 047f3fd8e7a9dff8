package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.SourceLoader;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.Dialects;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.MigrationLint;
import io.atlas4j.migrate.Replay;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import java.io.File;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Replays the directory on the dev database and runs the analyzers (destructive, data-dependent,
 * backward incompatible, the dialect's lock hazards) on the changes of the latest files, as
 * {@code atlas4j migrate lint} does. Fails the build, listing the findings, when one reaches
 * {@code failOn} or a file does not run. Bound to {@code verify} by default.
 */
@Mojo(name = "migrate-lint", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class MigrateLintMojo extends AbstractMigrateMojo {
    /** Empty dev database to replay the directory on, e.g. {@code sqlite://:memory:}. */
    @Parameter(property = "atlas4j.devUrl")
    String devUrl;

    /** Lint the latest N files. */
    @Parameter(property = "atlas4j.latest", defaultValue = "1")
    int latest;

    /** {@code text} or {@code json}. */
    @Parameter(property = "atlas4j.format", defaultValue = "text")
    String format;

    /** Fail the build when a finding reaches this severity: INFO, WARNING or ERROR. */
    @Parameter(property = "atlas4j.failOn", defaultValue = "ERROR")
    String failOn;

    /** File to write the report to, as well as logging it (e.g. the JSON form for CI). */
    @Parameter(property = "atlas4j.output")
    File output;

    @Override
    void fromEnv(Env env) {
        super.fromEnv(env);
        devUrl = orEnv(devUrl, env.dev());
    }

    @Override
    String goal() {
        return "migrate-lint";
    }

    @Override
    String[] urls() {
        return new String[] {devUrl};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("devUrl", devUrl);
        if (!"text".equals(format) && !"json".equals(format)) throw new InvalidInputException("format is text or json, not " + format);
        Severity threshold = SchemaApplyMojo.severity(failOn, "failOn");
        DirectoryUrl d = directory();
        MigrationDirectory directory = MigrationDirectory.open(d.path(), d.format());
        // A tampered directory is refused before any database is opened.
        if (d.format() == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
        MigrationLint.Report report;
        try (SourceLoader sources = new SourceLoader(Optional.empty(), Map.of(), SOURCE_OPTIONS)) {
            Connection dev = sources.openWrite(database(devUrl));
            report = MigrationLint.lint(directory, latest, Replay.on(dev), Dialects.forConnection(dev), LintConfig.defaults());
        }
        String text = report.format().stripTrailing();
        if (output != null) print("json".equals(format) ? report.json() : text + "\n", output);
        boolean failed = report.hasAtLeast(threshold);
        if (!failed) {
            if ("json".equals(format) && output == null) getLog().info(report.json());
            else text.lines().forEach(l -> getLog().info(l));
            return;
        }
        // The findings are the failure's message, one per line, so they stand where Maven reports the failed goal.
        throw new MojoFailureException(mask("migrate-lint found problems at " + threshold + " or above in " + d + ":\n" + text
                + "\nfix the migration files, silence a finding with -- atlas:nolint CODE, or set failOn"));
    }
}
