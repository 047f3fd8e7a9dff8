package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import java.util.List;

/** How one directory format turns entries into migration files. Stateless: one instance serves every read. */
public interface FormatReader {
    /**
     * Reads the migration files among {@code entries} (the {@code .sql} files the format looks at;
     * sub-folder entries only when the format reads sub-folders).
     *
     * @param entries  the directory's entries, sorted by name
     * @param problems where to add every problem found; the caller throws when it is not empty
     * @return the migration files in the order the format runs them
     */
    List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems);
}
