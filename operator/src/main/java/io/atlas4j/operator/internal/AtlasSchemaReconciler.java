package io.atlas4j.operator.internal;

import io.atlas4j.ApprovedPlan;
import io.atlas4j.BootstrapResult;
import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.PolicyViolation;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.change.Change;
import io.atlas4j.error.AtlasException;
import io.atlas4j.error.ConflictException;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.operator.OperatorSettings;
import io.atlas4j.operator.crd.AtlasSchema;
import io.atlas4j.operator.crd.AtlasSchemaSpec;
import io.atlas4j.operator.crd.AtlasSchemaStatus;
import io.atlas4j.operator.crd.LintFinding;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintException;
import io.atlas4j.plan.lint.LintReport;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database of an {@link AtlasSchema} to its desired schema with the library's start-up
 * apply ({@link SchemaBootstrap}): plan without a lock, refuse what the policy does not allow
 * (nothing is touched), then apply the reviewed plan under the schema lock, which checks the
 * database still holds the schema the plan was made from. Idempotent: a database that already
 * matches gets an empty plan and is left alone.
 */
public final class AtlasSchemaReconciler implements Reconciler<AtlasSchema> {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasSchemaReconciler.class);

    private final OperatorSettings settings;
    private final Backoff backoff;

    public AtlasSchemaReconciler(OperatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = new Backoff(settings.retryInitial(), settings.retryMax());
    }

    /** What one reconcile found, before it is written to the status. */
    private record Outcome(boolean ready, String reason, String message, Optional<String> plan, boolean planned, List<LintFinding> lint,
                           Optional<String> applied) {
    }

    @Override
    public UpdateControl<AtlasSchema> reconcile(AtlasSchema resource, Context<AtlasSchema> context) {
        KubernetesClient client = context.getClient();
        String id = StatusWrites.id(resource);
        Redactor redactor = new Redactor();
        Outcome o;
        try {
            o = run(resource, new Refs(client, resource.getMetadata().getNamespace(), redactor));
        } catch (ResourceProblem e) {
            o = failure(e.reason(), e.getMessage(), Optional.empty(), List.of());
        } catch (Refused e) {
            o = e.outcome;
        } catch (ConflictException e) {
            o = failure("Conflict", e.getMessage(), Optional.empty(), List.of());
        } catch (AtlasException e) {
            o = failure(reason(e), e.getMessage(), Optional.empty(), List.of());
        } catch (RuntimeException e) {
            LOG.debug("reconcile of {} failed", id, e);
            o = failure("ReconcileError", e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty(), List.of());
        }
        o = new Outcome(o.ready, o.reason, redactor.clean(o.message), o.plan.map(redactor::clean), o.planned, o.lint, o.applied.map(redactor::clean));
        return write(resource, client, id, o);
    }

    @Override
    public ErrorStatusUpdateControl<AtlasSchema> updateErrorStatus(AtlasSchema resource, Context<AtlasSchema> context, Exception e) {
        // Only reached when writing the status itself failed: let the SDK retry.
        return StatusWrites.failed(LOG, resource, e);
    }

    private Outcome run(AtlasSchema resource, Refs refs) {
        AtlasSchemaSpec spec = resource.getSpec();
        if (spec == null) throw new ResourceProblem("InvalidSpec", "the resource has no spec");
        String url = scoped(refs.url(spec.urlFrom(), "spec.urlFrom"), spec.schemas());
        Optional<String> dev = spec.devURLFrom() != null ? Optional.of(refs.url(spec.devURLFrom(), "spec.devURLFrom"))
                : Optional.ofNullable(spec.devURL()).filter(s -> !s.isBlank());
        String desired = desiredText(spec, refs);
        Policy policy = Policies.of(spec.policy());
        Optional<Severity> failOn = Policies.failOn(spec.policy());
        ChangeScope scope = new ChangeScope(spec.schemas(), spec.exclude());
        Path dir = tempDir();
        try {
            Path file = dir.resolve(isHcl(spec) ? "schema.hcl" : "schema.sql");
            Files.writeString(file, desired, StandardCharsets.UTF_8);
            SchemaBootstrap bootstrap = SchemaBootstrap.of(url).desired(file).policy(policy).timeout(settings.lockTimeout());
            if (dev.isPresent()) bootstrap = bootstrap.devDatabase(Dialects.dataSource(dev.get()));
            ApprovedPlan approved = scoped(bootstrap.plan(), scope, url, policy);
            List<LintFinding> lint = findings(scope.filterLint(approved.lint().diagnostics()));
            if (approved.isEmpty()) {
                return new Outcome(true, "UpToDate", "the database holds the desired schema", Optional.empty(), true, lint, Optional.empty());
            }
            String sql = approved.plan().sql();
            List<PolicyViolation> violations = policy.check(approved.changes());
            if (!violations.isEmpty()) {
                throw new Refused(failure("DestructiveChange", "refused to apply " + approved.plan().statements().size()
                        + " statement(s), the policy does not allow: " + String.join("; ", violations.stream().map(PolicyViolation::reason).toList())
                        + ": set spec.policy.allowDestructive to true (or spec.policy.lint.destructive.error to false) to allow it,"
                        + " or skip the change kind in spec.policy.diff.skip", Optional.of(sql), lint));
            }
            if (failOn.isPresent()) {
                LintReport kept = new LintReport(scope.filterLint(approved.lint().diagnostics()));
                if (kept.hasAtLeast(failOn.get())) {
                    throw new Refused(failure("LintFailed", "refused to apply: lint findings at " + failOn.get().name().toLowerCase(java.util.Locale.ROOT)
                            + " or above: " + String.join("; ", kept.atLeast(failOn.get()).stream().map(Diagnostic::toString).toList()), Optional.of(sql), lint));
                }
            }
            BootstrapResult r = bootstrap.apply(approved);
            if (!r.wasApplied()) {
                return new Outcome(true, "UpToDate", "the database holds the desired schema (another process applied it)", Optional.of(sql), true, lint,
                        Optional.empty());
            }
            String applied = String.join(";\n", r.applied().stream().map(s -> s.sql()).toList()) + ";";
            return new Outcome(true, "Applied", "applied " + r.applied().size() + " statement(s) in " + r.elapsed().toMillis() + " ms",
                    Optional.of(sql), true, lint, Optional.of(applied));
        } catch (DestructiveChangeException e) {
            throw new Refused(failure("DestructiveChange", e.getMessage(), Optional.empty(), List.of()));
        } catch (LintException e) {
            throw new Refused(failure("LintFailed", e.getMessage(), Optional.empty(), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Leaves out the changes {@code spec.schemas} and {@code spec.exclude} do not manage and plans the
     * rest again; the plan stays bound to the fingerprint of the whole schema it was made from.
     */
    private static ApprovedPlan scoped(ApprovedPlan approved, ChangeScope scope, String url, Policy policy) {
        if (scope.isEverything() || approved.isEmpty()) return approved;
        List<Change> kept = scope.filter(approved.changes());
        if (kept.size() == approved.changes().size()) return approved;
        if (kept.isEmpty()) return approved.withChanges(List.of(), Plan.empty());
        Dialect d;
        try (java.sql.Connection c = Dialects.connect(url, io.atlas4j.spi.Connector.Access.READ)) {
            d = Dialects.forConnection(c);
        } catch (java.sql.SQLException e) {
            throw new io.atlas4j.error.ConnectionException("cannot connect: " + e.getMessage(), e);
        }
        PlanOptions po = policy.planOptions(PlanOptions.defaults());
        if (Dialects.scope(url) == Scope.DATABASE) po = po.withQualifySchema(true);
        return approved.withChanges(kept, d.planner().plan(kept, po));
    }

    /** A PostgreSQL URL managing exactly one schema names it, as Atlas's {@code search_path} does. */
    private static String scoped(String url, List<String> schemas) {
        if (schemas == null || schemas.size() != 1) return url;
        String scheme = url.contains("://") ? url.substring(0, url.indexOf("://")).toLowerCase(java.util.Locale.ROOT) : "";
        if (!(scheme.equals("postgres") || scheme.equals("postgresql")) || url.contains("search_path=")) return url;
        return url + (url.contains("?") ? "&" : "?") + "search_path=" + schemas.get(0);
    }

    private static String desiredText(AtlasSchemaSpec spec, Refs refs) {
        var s = spec.schema();
        if (s == null || (s.sql() == null) == (s.configMapKeyRef() == null)) {
            throw new ResourceProblem("InvalidSpec", "spec.schema needs exactly one of sql and configMapKeyRef");
        }
        return s.sql() != null ? s.sql() : refs.text(s.configMapKeyRef(), "spec.schema.configMapKeyRef");
    }

    private static boolean isHcl(AtlasSchemaSpec spec) {
        return spec.schema().configMapKeyRef() != null && spec.schema().configMapKeyRef().key().endsWith(".hcl");
    }

    private UpdateControl<AtlasSchema> write(AtlasSchema resource, KubernetesClient client, String id, Outcome o) {
        AtlasSchemaStatus old = resource.getStatus();
        List<Condition> oldConditions = old == null ? null : old.conditions();
        long generation = Objects.requireNonNullElse(resource.getMetadata().getGeneration(), 0L);
        int failures = o.ready ? 0 : (old == null || old.failures() == null ? 0 : old.failures()) + 1;
        boolean failedBefore = Conditions.find(oldConditions, Conditions.FAILED)
                .filter(c -> "True".equals(c.getStatus()) && o.message.equals(c.getMessage())).isPresent();
        var conditions = Conditions.of(oldConditions, generation,
                new Conditions.State(o.ready, o.reason, o.message),
                o.planned ? new Conditions.State(true, o.plan.isPresent() ? "PlanComputed" : "NoChanges",
                        o.plan.map(p -> "planned: " + firstLines(p)).orElse("no changes to plan"))
                        : new Conditions.State(false, o.reason, o.message),
                o.ready ? new Conditions.State(false, o.reason, o.message) : new Conditions.State(true, o.reason, o.message));
        String lastApplied = o.applied.isPresent() ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : old == null ? null : old.lastApplied();
        String lastPlan = o.applied.orElse(old == null ? null : old.lastAppliedPlan());
        resource.setStatus(new AtlasSchemaStatus(generation, o.ready ? "Ready" : "Failed", conditions, lastApplied, lastPlan, o.plan.orElse(null),
                o.lint.isEmpty() ? null : o.lint, failures));
        if (o.applied.isPresent()) {
            LOG.info("{}: {}", id, o.message);
            Events.normal(client, resource, "Applied", o.message + ":\n" + o.applied.get());
        } else if (!o.ready && !failedBefore) {
            LOG.warn("{}: {}: {}", id, o.reason, o.message);
            Events.warning(client, resource, o.reason, o.message);
        }
        UpdateControl<AtlasSchema> c = UpdateControl.patchStatus(resource);
        return o.ready ? c.rescheduleAfter(settings.resync()) : c.rescheduleAfter(backoff.after(failures));
    }

    private static Outcome failure(String reason, String message, Optional<String> plan, List<LintFinding> lint) {
        return new Outcome(false, reason, message, plan, plan.isPresent(), lint, Optional.empty());
    }

    private static String reason(AtlasException e) {
        return switch (e.errorCode()) {
            case CONNECTION -> "ConnectionFailed";
            default -> camel(e.errorCode().name());
        };
    }

    private static String camel(String code) {
        StringBuilder b = new StringBuilder();
        for (String part : code.toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    static List<LintFinding> findings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> new LintFinding(d.severity().name().toLowerCase(java.util.Locale.ROOT), d.code(), d.object(), d.message()))
                .toList();
    }

    private static String firstLines(String sql) {
        return sql.length() > 500 ? sql.substring(0, 497) + "..." : sql;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("atlas4j-operator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", dir, e.getMessage());
        }
    }

    /** A plan the policy or lint refused; carries the outcome to report. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Refused(Outcome outcome) {
            super(outcome.message, null, false, false);
            this.outcome = outcome;
        }
    }
}
