package io.atlas4j.cli;

import io.atlas4j.error.ApplyException;
import io.atlas4j.migrate.AppliedFile;
import io.atlas4j.migrate.MigrateResult;
import io.atlas4j.migrate.MigrationListener;
import io.atlas4j.migrate.MigrationProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a {@code migrate apply} for its webhook report: the files that were pending, and the files that ran
 * completely, so a failure can name the prefix that took effect. Passes every event on to the progress line.
 */
final class FilesRun implements MigrationListener {
    private final Progress progress;
    private final List<String> done = new ArrayList<>();
    private List<String> pending = List.of();
    private String current;

    FilesRun(Progress progress) {
        this.progress = progress;
    }

    /** Records what a dry run found pending. */
    void pending(MigrateResult dryRun) {
        pending = dryRun.files().stream().map(AppliedFile::name).toList();
    }

    @Override
    public void starting(MigrationProgress p) {
        current = p.name();
        progress.starting(p);
    }

    @Override
    public void fileApplied(MigrationProgress p) {
        done.add(p.name());
        progress.fileApplied(p);
    }

    /** {@return the files that were pending when the run began} */
    List<String> summary() {
        return pending;
    }

    /**
     * {@return the files that took effect before {@code failure}; a file that stopped halfway with statements
     * that stay applied (MySQL) is listed as {@code name (partly: k statements)}}
     */
    List<String> applied(RuntimeException failure) {
        List<String> out = new ArrayList<>(done);
        if (failure instanceof ApplyException a && !a.applied().isEmpty() && current != null && !done.contains(current)) {
            out.add(current + " (partly: " + a.applied().size() + " statement" + (a.applied().size() == 1 ? "" : "s") + ")");
        }
        return out;
    }
}
