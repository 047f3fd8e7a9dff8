package io.atlas4j.operator.internal;

import io.atlas4j.Dialects;
import io.atlas4j.error.AtlasException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.MigrationStatus;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationDirectoryException;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.operator.OperatorSettings;
import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasMigrationSpec;
import io.atlas4j.operator.crd.AtlasMigrationStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the migration directory of an {@link AtlasMigration} applied with the library's
 * {@link Migrations}: the directory is checked (atlas.sum, order, files changed after they ran)
 * before anything runs, pending files run under the schema lock and are recorded in the revision
 * table, so a second reconcile finds nothing to do.
 */
public final class AtlasMigrationReconciler implements Reconciler<AtlasMigration> {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasMigrationReconciler.class);

    private final OperatorSettings settings;
    private final Backoff backoff;

    public AtlasMigrationReconciler(OperatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.backoff = new Backoff(settings.retryInitial(), settings.retryMax());
    }

    /** What one reconcile found. */
    private record Outcome(boolean ready, String reason, String message, boolean planned, String plannedMessage,
                           Optional<String> version, List<String> applied, List<String> pending) {
    }

    @Override
    public UpdateControl<AtlasMigration> reconcile(AtlasMigration resource, Context<AtlasMigration> context) {
        KubernetesClient client = context.getClient();
        String id = StatusWrites.id(resource);
        Redactor redactor = new Redactor();
        Outcome o;
        try {
            o = run(resource, new Refs(client, resource.getMetadata().getNamespace(), redactor));
        } catch (ResourceProblem e) {
            o = failure(e.reason(), e.getMessage());
        } catch (MigrationDirectoryException e) {
            o = failure("DirectoryInvalid", e.getMessage());
        } catch (AtlasException e) {
            o = failure(e.errorCode() == io.atlas4j.error.AtlasErrorCode.CONNECTION ? "ConnectionFailed" : "MigrationFailed", e.getMessage());
        } catch (RuntimeException e) {
            LOG.debug("reconcile of {} failed", id, e);
            o = failure("ReconcileError", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        o = new Outcome(o.ready, o.reason, redactor.clean(o.message), o.planned, redactor.clean(o.plannedMessage), o.version, o.applied, o.pending);
        return write(resource, client, id, o);
    }

    @Override
    public ErrorStatusUpdateControl<AtlasMigration> updateErrorStatus(AtlasMigration resource, Context<AtlasMigration> context, Exception e) {
        // Only reached when writing the status itself failed: let the SDK retry.
        return StatusWrites.failed(LOG, resource, e);
    }

    private Outcome run(AtlasMigration resource, Refs refs) {
        AtlasMigrationSpec spec = resource.getSpec();
        if (spec == null) throw new ResourceProblem("InvalidSpec", "the resource has no spec");
        String url = refs.url(spec.urlFrom(), "spec.urlFrom");
        MigrationDirectory dir = directory(spec, refs);
        Migrations m = Migrations.of(dir).lockTimeout(settings.lockTimeout());
        if (spec.baseline() != null && !spec.baseline().isBlank()) m = m.baseline(spec.baseline().trim());
        if (spec.revisionsSchema() != null && !spec.revisionsSchema().isBlank()) m = m.revisionsSchema(spec.revisionsSchema().trim());
        DataSource ds = Dialects.dataSource(url);
        MigrationStatus before = m.status(ds);
        List<String> pending = before.pending().stream().map(MigrationFile::name).toList();
        String plannedMessage = pending.isEmpty() ? "no pending files" : pending.size() + " pending file(s): " + String.join(", ", pending);
        if (pending.isEmpty() && before.state() == MigrationStatus.State.OK) {
            return new Outcome(true, "UpToDate", "the database is at version " + before.current().orElse("(none)") + ", no pending files", true,
                    plannedMessage, before.current(), List.of(), List.of());
        }
        try {
            MigrateResult r = m.apply(ds);
            List<String> files = r.files().stream().map(AppliedFile::name).toList();
            if (r.isEmpty()) {
                return new Outcome(true, "UpToDate", "the database is at version " + r.to().orElse("(none)") + ", no pending files", true,
                        plannedMessage, r.to(), List.of(), List.of());
            }
            return new Outcome(true, "Applied", "migrated from version " + r.from().orElse("(none)") + " to " + r.to().orElse("(none)") + ": "
                    + files.size() + " file(s), " + r.statementCount() + " statement(s) in " + r.took().toMillis() + " ms", true, plannedMessage,
                    r.to(), files, List.of());
        } catch (AtlasException e) {
            List<String> still = new ArrayList<>(pending);
            return new Outcome(false, e instanceof MigrationDirectoryException ? "DirectoryInvalid" : "MigrationFailed", e.getMessage(), true,
                    plannedMessage, Optional.empty(), List.of(), still);
        }
    }

    private static MigrationDirectory directory(AtlasMigrationSpec spec, Refs refs) {
        var d = spec.dir();
        if (d == null || (d.configMapRef() == null) == (d.local() == null)) {
            throw new ResourceProblem("InvalidSpec", "spec.dir needs exactly one of configMapRef and local");
        }
        String source;
        Map<String, String> files;
        if (d.configMapRef() != null) {
            if (d.configMapRef().name() == null || d.configMapRef().name().isBlank()) {
                throw new ResourceProblem("InvalidSpec", "spec.dir.configMapRef needs a name");
            }
            source = "configmap/" + d.configMapRef().name();
            files = refs.configMap(d.configMapRef().name(), "spec.dir.configMapRef");
        } else {
            source = "spec.dir.local";
            files = d.local();
        }
        DirectoryFormat format = DirectoryFormat.parse(spec.format() == null || spec.format().isBlank() ? "atlas" : spec.format());
        List<DirectoryEntry> entries = new ArrayList<>();
        files.forEach((name, text) -> entries.add(DirectoryEntry.of(name, text)));
        return MigrationDirectory.of(source, format, entries);
    }

    private UpdateControl<AtlasMigration> write(AtlasMigration resource, KubernetesClient client, String id, Outcome o) {
        AtlasMigrationStatus old = resource.getStatus();
        List<Condition> oldConditions = old == null ? null : old.conditions();
        long generation = Objects.requireNonNullElse(resource.getMetadata().getGeneration(), 0L);
        int failures = o.ready ? 0 : (old == null || old.failures() == null ? 0 : old.failures()) + 1;
        boolean failedBefore = Conditions.find(oldConditions, Conditions.FAILED)
                .filter(c -> "True".equals(c.getStatus()) && o.message.equals(c.getMessage())).isPresent();
        var conditions = Conditions.of(oldConditions, generation,
                new Conditions.State(o.ready, o.reason, o.message),
                o.planned ? new Conditions.State(true, "PlanComputed", o.plannedMessage) : new Conditions.State(false, o.reason, o.message),
                new Conditions.State(!o.ready, o.reason, o.message));
        boolean applied = !o.applied.isEmpty();
        String lastApplied = applied ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : old == null ? null : old.lastApplied();
        String version = o.version.orElse(old == null ? null : old.lastAppliedVersion());
        List<String> files = applied ? o.applied : old == null ? null : old.appliedFiles();
        resource.setStatus(new AtlasMigrationStatus(generation, o.ready ? "Ready" : "Failed", conditions, version, lastApplied, files,
                o.pending.isEmpty() ? null : o.pending, failures));
        if (applied) {
            LOG.info("{}: {}", id, o.message);
            Events.normal(client, resource, "Applied", o.message + ": " + String.join(", ", o.applied));
        } else if (!o.ready && !failedBefore) {
            LOG.warn("{}: {}: {}", id, o.reason, o.message);
            Events.warning(client, resource, o.reason, o.message);
        }
        UpdateControl<AtlasMigration> c = UpdateControl.patchStatus(resource);
        return o.ready ? c.rescheduleAfter(settings.resync()) : c.rescheduleAfter(backoff.after(failures));
    }

    private static Outcome failure(String reason, String message) {
        return new Outcome(false, reason, message, false, message, Optional.empty(), List.of(), List.of());
    }
}
