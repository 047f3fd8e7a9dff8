package io.atlas4j.cli;

import io.atlas4j.SourceLoader;
import io.atlas4j.ApprovedPlan;
import io.atlas4j.BootstrapResult;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.RenameHints;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ApplyException;
import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.LintException;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.Dialect;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code atlas4j schema apply}: brings a database to a desired schema, after showing the plan. */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Bring the database at --url to the schema of --to: show the planned changes, confirm, apply.")
final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    SchemaCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Mixin
    ProjectOptions project;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "Database to change (with --env: the env's url).")
    String url;

    @Option(names = "--to", paramLabel = "SRC",
            description = "Desired schema: file://path (a .sql or .hcl file, or a directory of them) or a database URL (with --env: the env's src).")
    String to;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "Empty scratch database to load file:// sources into (default: the dialect's embedded one, e.g. in-memory SQLite).")
    String devUrl;

    @Option(names = "--dry-run", description = "Print the planned changes and check them, but change nothing.")
    boolean dryRun;

    @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
    boolean autoApprove;

    @Option(names = "--allow-destructive", description = "Allow changes that drop tables, columns or schemas.")
    boolean allowDestructive;

    @Option(names = "--fill-nulls",
            description = "When a column becomes NOT NULL, set its NULL values to the column's default first (refused otherwise).")
    boolean fillNulls;

    @Option(names = "--lint-fail-on", paramLabel = "SEVERITY",
            description = "Refuse to apply when lint finds a problem at this severity or above: ${COMPLETION-CANDIDATES}.")
    Severity lintFailOn;

    @Mixin
    FormatOption format;

    @Mixin
    WebhookOptions webhook;

    /** The plan shown (or, in JSON, reported): set once planned, read when the apply fails. */
    private ApprovedPlan shown;

    /** The statements that took effect, once the apply returned. */
    private List<String> applied = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = format.json();
        // JSON output is for tools: nobody reads a prompt, so the decision must be on the command line.
        if (json && !dryRun && !autoApprove) {
            throw new InvalidInputException("--format json cannot ask for approval: add --auto-approve to apply the plan, or --dry-run to only show it");
        }
        // An env of the project file fills what the command line leaves out; flags win.
        Optional<Env> env = project.env();
        String url = ProjectOptions.required("--url", this.url, env.flatMap(Env::url), env);
        Source desiredSource = new Source(ProjectOptions.required("--to", to, env.flatMap(ProjectOptions::src), env));
        String devUrl = ProjectOptions.optional(this.devUrl, env.flatMap(Env::dev));
        Secrets secrets = Secrets.of(List.of(url));
        Notifier notifier = dryRun ? Notifier.none() : webhook.notifier("schema apply", secrets.mask(url), err);
        Progress progress = Progress.of(parent.root.terminal(), err);
        try {
            int status = apply(out, err, json, env, url, desiredSource, devUrl, progress);
            // A declined prompt applied nothing and is no apply to report.
            if (status == 0) notifier.succeeded(applied);
            return status;
        } catch (RuntimeException e) {
            progress.clear();
            String message = secrets.mask(String.valueOf(e.getMessage()));
            if (json && shown != null && e instanceof AtlasException a) {
                out.println(PlanJson.apply(PlanJson.Status.FAILED, dryRun, shown.plan(), shown.lint(), shown.suggestions(),
                        applied(a).size(), a, secrets::mask));
                out.flush();
            }
            notifier.failed(summary(), e instanceof AtlasException a ? applied(a) : List.of(), message);
            throw e;
        }
    }

    private int apply(PrintWriter out, PrintWriter err, boolean json, Optional<Env> env, String url, Source desiredSource,
                      String devUrl, Progress progress) {
        Policy policy = allowDestructive ? Policy.defaults().allowDestructive() : Policy.defaults();
        if (env.isPresent()) policy = env.get().diff().apply(policy);
        // The env's lint block (destructive { error = true }, ...) sets the analyzers' severities; errors refuse the apply.
        LintConfig lintConfig = env.map(e -> e.lint().apply(LintConfig.defaults())).orElse(LintConfig.defaults());
        Severity lintFailOn = this.lintFailOn != null ? this.lintFailOn
                : env.filter(e -> !e.lint().errors().isEmpty()).map(e -> Severity.ERROR).orElse(null);
        // The same lock, history and fingerprint check as an application's start-up apply.
        // A dry run only reads: a database that does not exist is an error, never created.
        SchemaBootstrap bootstrap = SchemaBootstrap.of(url, dryRun ? Access.READ : Access.WRITE).policy(policy).listener(progress);
        if (lintFailOn != null) bootstrap = bootstrap.lint(lintConfig, lintFailOn);
        if (fillNulls) bootstrap = bootstrap.planOptions(PlanOptions.defaults().withFillNullsWithDefault(true));
        try (SourceLoader sources = new SourceLoader(Optional.ofNullable(devUrl), project.vars(), Source.LOADER_OPTIONS)) {
            // With a --dev-url or an embedded dev database (SQLite) the desired schema loads before the
            // target is even opened, so bad input leaves no trace; otherwise the dialect loads it into a
            // scratch database on the target's server.
            // The desired schema is loaded once, here: the plan shown and the apply under the lock compare against it.
            Scope scope = Dialects.scope(url);
            boolean offline = SourceLoader.OFFLINE.equals(devUrl);
            Optional<Dialect> embedded = devUrl == null || offline ? SourceLoader.embeddedDevDialect(url) : Optional.empty();
            Realm desired;
            if (!desiredSource.isFile() || (devUrl != null && !offline) || embedded.isPresent()) {
                desired = sources.load(desiredSource.raw(), embedded, Optional.empty(), scope).realm();
            } else {
                SourceLoader.Database target = sources.open(url);
                desired = sources.load(desiredSource.raw(), Optional.of(Dialects.forConnection(target.connection())), Optional.of(target), scope).realm();
            }
            DiffOptions hints = desiredSource.isPath() ? RenameHints.scan(desiredSource.path()) : DiffOptions.defaults();
            bootstrap = bootstrap.desired(new DesiredSchema(desired, hints));
            ApprovedPlan plan = bootstrap.plan();
            shown = plan;
            if (plan.isEmpty()) {
                out.println(json ? document(PlanJson.Status.SYNCED, plan.plan(), plan, 0) : DiffCommand.SYNCED);
                out.flush();
                return 0;
            }
            if (!json) preview(out, plan);
            // Refuse before anyone is asked or anything is written.
            policy.enforce(plan.changes());
            if (lintFailOn != null && plan.lint().hasAtLeast(lintFailOn)) throw new LintException(plan.lint(), lintFailOn);
            if (dryRun) {
                out.println(json ? document(PlanJson.Status.PLANNED, plan.plan(), plan, 0) : "-- Dry run: nothing was applied.");
                out.flush();
                return 0;
            }
            if (!autoApprove && !approved()) {
                err.println("Error: changes not approved: nothing was applied");
                err.flush();
                return 1;
            }
            // Auto-approved: whatever the database needs once the lock is held (another process may have applied
            // meanwhile). Approved at the prompt: exactly the plan shown, or nothing if the database changed since.
            BootstrapResult result = autoApprove ? bootstrap.run() : bootstrap.apply(plan);
            progress.clear();
            applied = result.applied().stream().map(Statement::sql).toList();
            if (json) {
                out.println(result.status() == BootstrapResult.Status.UP_TO_DATE
                        ? document(PlanJson.Status.SYNCED, Plan.empty(), plan, 0)
                        : document(PlanJson.Status.APPLIED, result.plan(), plan, result.applied().size()));
            } else {
                report(out, plan, result);
            }
        }
        out.flush();
        return 0;
    }

    private String document(PlanJson.Status status, Plan plan, ApprovedPlan checked, int applied) {
        return PlanJson.apply(status, dryRun, plan, checked.lint(), checked.suggestions(), applied, null, s -> s);
    }

    /** {@return one line per planned statement, for the webhook} */
    private List<String> summary() {
        return shown == null ? List.of() : shown.plan().statements().stream().map(Statement::sql).toList();
    }

    /** {@return the statements that took effect: the apply's own list on success, the failure's prefix otherwise} */
    private List<String> applied(AtlasException e) {
        if (e instanceof ApplyException a) return a.applied();
        // Everything ran; only recording it in the history table failed.
        if (e.errorCode() == AtlasErrorCode.HISTORY) return summary();
        return List.of();
    }

    private static void report(PrintWriter out, ApprovedPlan shown, BootstrapResult result) {
        if (result.status() == BootstrapResult.Status.UP_TO_DATE) {
            out.println("-- Another process applied the changes while this one waited for the schema lock.");
            out.println(DiffCommand.SYNCED);
            return;
        }
        if (!result.plan().statements().equals(shown.plan().statements())) {
            out.println("-- The schema changed while this process waited for the schema lock; applied instead:");
            out.print(result.plan().sql());
        }
        int n = result.applied().size();
        out.println("-- Applied " + n + " statement" + (n == 1 ? "" : "s") + ".");
    }

    private static void preview(PrintWriter out, ApprovedPlan plan) {
        out.println("-- Planned Changes:");
        out.print(plan.plan().sql());
        if (!plan.lint().isEmpty()) {
            out.println("-- Lint:");
            plan.lint().diagnostics().forEach(d -> out.println("--   " + d));
        }
        plan.suggestions().forEach(r -> out.println("-- Possible rename, not acted on: " + r.message()));
        out.flush();
    }

    private boolean approved() {
        return parent.root.terminal().confirm("Apply these changes?").orElseThrow(() -> new InvalidInputException(
                "no terminal to confirm the planned changes: pass --auto-approve to apply them, or --dry-run to only preview them"));
    }
}
