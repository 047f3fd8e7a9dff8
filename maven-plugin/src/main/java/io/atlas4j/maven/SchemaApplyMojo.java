package io.atlas4j.maven;

import io.atlas4j.SourceLoader;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.ApprovedPlan;
import io.atlas4j.BootstrapResult;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.RenameHints;
import io.atlas4j.SchemaSources;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintException;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings the database at {@code url} to the schema of {@code to}, as {@code atlas4j schema apply}
 * does: logs the planned changes and their lint findings, then applies them under the schema lock,
 * recording the run in {@code atlas4j_schema_history}. A build cannot answer a prompt, so the goal
 * applies only with {@code autoApprove}; {@code dryRun} only previews.
 */
@Mojo(name = "schema-apply", requiresProject = false, threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class SchemaApplyMojo extends AbstractAtlasMojo {
    /** Database to change. */
    @Parameter(property = "atlas4j.url")
    String url;

    /** Desired schema: {@code file://path} (a .sql file or a directory of them, relative to the project) or a database URL. */
    @Parameter(property = "atlas4j.to")
    String to;

    /** Empty scratch database to load {@code file://} sources into (default: the dialect's embedded one, e.g. in-memory SQLite). */
    @Parameter(property = "atlas4j.devUrl")
    String devUrl;

    /** Log the planned changes and check them, but change nothing. */
    @Parameter(property = "atlas4j.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Apply without asking; required to apply, since a build cannot answer a prompt. */
    @Parameter(property = "atlas4j.autoApprove", defaultValue = "false")
    boolean autoApprove;

    /** Allow changes that drop tables, columns or schemas. */
    @Parameter(property = "atlas4j.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    /** When a column becomes NOT NULL, set its NULL values to the column's default first (refused otherwise). */
    @Parameter(property = "atlas4j.fillNulls", defaultValue = "false")
    boolean fillNulls;

    /** Refuse to apply when lint finds a problem at this severity or above: INFO, WARNING or ERROR. */
    @Parameter(property = "atlas4j.lintFailOn")
    String lintFailOn;

    @Override
    void fromEnv(Env env) {
        url = orEnv(url, env.url());
        to = orEnv(to, src(env));
        devUrl = orEnv(devUrl, env.dev());
    }

    @Override
    String goal() {
        return "schema-apply";
    }

    @Override
    String[] urls() {
        return new String[] {url, to, devUrl};
    }

    @Override
    void run() throws MojoFailureException, MojoExecutionException {
        required("url", url);
        required("to", to);
        Severity failOn = lintFailOn == null || lintFailOn.isBlank() ? null : severity(lintFailOn, "lintFailOn");
        String target = dryRun ? database(url) : writableDatabase(url);
        String desiredSource = source(to);
        String dev = database(devUrl);
        Policy policy = allowDestructive ? Policy.defaults().allowDestructive() : Policy.defaults();
        // The same lock, history and fingerprint check as an application's start-up apply; a dry run only reads.
        SchemaBootstrap bootstrap = SchemaBootstrap.of(target, dryRun ? Access.READ : Access.WRITE).policy(policy);
        if (failOn != null) bootstrap = bootstrap.lint(LintConfig.defaults(), failOn);
        if (fillNulls) bootstrap = bootstrap.planOptions(PlanOptions.defaults().withFillNullsWithDefault(true));
        getLog().info("Planning " + mask(target) + " -> " + mask(desiredSource));
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(dev), Map.of(), SOURCE_OPTIONS)) {
            // With a devUrl or an embedded dev database (SQLite) the desired schema loads before the target is opened,
            // so bad input leaves no trace; otherwise it loads into a scratch database on the target's server.
            Scope scope = Dialects.scope(target);
            Optional<Dialect> embedded = dev == null ? SourceLoader.embeddedDevDialect(target) : Optional.empty();
            Realm desired;
            if (!SchemaSources.isDdl(desiredSource) || dev != null || embedded.isPresent()) {
                desired = sources.load(desiredSource, embedded, Optional.empty(), scope).realm();
            } else {
                SourceLoader.Database on = sources.open(target);
                desired = sources.load(desiredSource, Optional.of(Dialects.forConnection(on.connection())), Optional.of(on), scope).realm();
            }
            DiffOptions hints = SchemaSources.isFile(desiredSource) ? RenameHints.scan(SchemaSources.path(desiredSource)) : DiffOptions.defaults();
            bootstrap = bootstrap.desired(new DesiredSchema(desired, hints));
            ApprovedPlan plan = bootstrap.plan();
            if (plan.isEmpty()) {
                getLog().info(SYNCED);
                return;
            }
            preview(plan);
            // Refuse before anything is written.
            policy.enforce(plan.changes());
            if (failOn != null && plan.lint().hasAtLeast(failOn)) throw new LintException(plan.lint(), failOn);
            if (dryRun) {
                getLog().info("-- Dry run: nothing was applied.");
                return;
            }
            if (!autoApprove) {
                throw new InvalidInputException("changes not approved: nothing was applied; a build cannot confirm the planned"
                        + " changes: set autoApprove (-Datlas4j.autoApprove=true) to apply them, or dryRun to only preview them");
            }
            // Whatever the database needs once the lock is held: another process may have applied meanwhile.
            report(plan, bootstrap.run());
        }
    }

    static Severity severity(String value, String parameter) {
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter + " is INFO, WARNING or ERROR, not " + value);
        }
    }

    private void preview(ApprovedPlan plan) {
        getLog().info("-- Planned Changes:");
        plan.plan().sql().lines().forEach(l -> getLog().info(l));
        if (!plan.lint().isEmpty()) {
            getLog().info("-- Lint:");
            plan.lint().diagnostics().forEach(d -> getLog().warn("--   " + d));
        }
        plan.suggestions().forEach(r -> getLog().info("-- Possible rename, not acted on: " + r.message()));
    }

    private void report(ApprovedPlan shown, BootstrapResult result) {
        if (result.status() == BootstrapResult.Status.UP_TO_DATE) {
            getLog().info("-- Another process applied the changes while this one waited for the schema lock.");
            getLog().info(SYNCED);
            return;
        }
        if (!result.plan().statements().equals(shown.plan().statements())) {
            getLog().info("-- The schema changed while this process waited for the schema lock; applied instead:");
            result.plan().sql().lines().forEach(l -> getLog().info(l));
        }
        int n = result.applied().size();
        getLog().info("-- Applied " + n + " statement" + (n == 1 ? "" : "s") + ".");
    }
}
