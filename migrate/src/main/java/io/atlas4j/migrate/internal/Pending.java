package io.atlas4j.migrate.internal;

import io.atlas4j.migrate.Revision;
import io.atlas4j.migrate.dir.MigrationFile;
import java.util.List;
import java.util.Optional;

/**
 * A directory read against a database's revisions: what ran, what is to run, and where a file
 * stopped.
 *
 * @param revisions  every recorded revision
 * @param executed   revisions of files that ran (or a baseline covers), in directory order
 * @param pending    files to run, in order; a file that stopped comes first
 * @param failed     the revision of the file that stopped
 * @param current    the version the database is at
 */
record Pending(List<Revision> revisions, List<Revision> executed, List<MigrationFile> pending, Optional<Revision> failed,
               Optional<String> current) {
    Pending {
        revisions = List.copyOf(revisions);
        executed = List.copyOf(executed);
        pending = List.copyOf(pending);
    }
}
