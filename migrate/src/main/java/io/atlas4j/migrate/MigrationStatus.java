package io.atlas4j.migrate;

import io.atlas4j.migrate.dir.MigrationFile;
import java.util.List;
import java.util.Optional;

/**
 * Where a database stands against a migration directory ({@code migrate status}).
 *
 * @param state    {@code OK} when nothing is pending, {@code PENDING}, or {@code FAILED} when the last
 *                 file stopped with an error
 * @param current  the version of the last file that ran (or was baselined), empty for a new database
 * @param executed the revisions recorded for files of the directory, in directory order
 * @param pending  the files still to run, in order; a failed file comes first
 * @param failed   the revision of the file that stopped, with its error and failed statement
 * @param stop     where it stopped: file, statement, line
 */
public record MigrationStatus(State state, Optional<String> current, List<Revision> executed, List<MigrationFile> pending,
                              Optional<Revision> failed, Optional<Stop> stop) {
    /** The state of a database against a directory. */
    public enum State { OK, PENDING, FAILED }

    public MigrationStatus {
        executed = List.copyOf(executed);
        pending = List.copyOf(pending);
    }

    /** {@return the next file to run, when one is pending} */
    public Optional<MigrationFile> next() {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0));
    }

    /** {@return the status as {@code atlas migrate status} prints it, plus where a failed file stopped} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("Migration Status: ").append(state).append('\n');
        sb.append("  -- Current Version: ").append(current.orElse("No migration applied yet")).append('\n');
        failed.ifPresent(r -> sb.append("  -- Failed Version:  ").append(r.version()).append(" (").append(r.applied()).append(" of ")
                .append(r.total()).append(" statements applied)").append('\n'));
        sb.append("  -- Next Version:    ").append(next().map(f -> f.version().isEmpty() ? f.name() : f.version()).orElse("Already at latest version")).append('\n');
        sb.append("  -- Executed Files:  ").append(executed.size()).append('\n');
        sb.append("  -- Pending Files:   ").append(pending.size()).append('\n');
        stop.ifPresent(st -> {
            sb.append('\n').append("Last migration attempt had errors:").append('\n');
            sb.append("  -- File:  ").append(st.file());
            if (st.line() > 0) sb.append(':').append(st.line());
            if (st.statement() > 0) sb.append(", statement ").append(st.statement()).append(" of ").append(st.total());
            sb.append(st.applied() == 0 ? " (nothing of the file took effect)" : " (statements 1-" + st.applied() + " took effect)").append('\n');
            sb.append("  -- SQL:   ").append(st.sql().strip().replaceAll("\\s*\\R\\s*", " ")).append('\n');
            sb.append("  -- ERROR: ").append(st.error().strip().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        });
        return sb.toString();
    }
}
