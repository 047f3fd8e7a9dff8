package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import io.atlas4j.migrate.dir.SqlBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Atlas's format: {@code <version>_<description>.sql}, the version being everything before the
 * first {@code _} (Atlas accepts any text there: {@code 2.10.x-20_description.sql} is version
 * {@code 2.10.x-20}). Files run in file-name order, which is also the order atlas.sum hashes them in.
 */
public final class AtlasFormat implements FormatReader {
    static final String EXPECTED = "<version>_<description>.sql, e.g. 20240101120000_add_users.sql";

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Optional<String[]> name = split(e.fileName());
            if (name.isEmpty()) {
                problems.add(Problems.nameMismatch(e.name(), "atlas", EXPECTED));
                continue;
            }
            Text.decode(e, problems).ifPresent(text -> files.add(new MigrationFile(e.name(), name.get()[0], name.get()[1],
                    MigrationKind.VERSIONED, e.bytes(), whole(text), List.of())));
        }
        Problems.duplicates(files, MigrationFile::version, Comparator.naturalOrder(), "version", problems);
        return files;
    }

    /** {@return version and description of an atlas-style file name, or empty when it has no version} */
    static Optional<String[]> split(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".sql".length());
        int us = base.indexOf('_');
        String version = us < 0 ? base : base.substring(0, us);
        if (version.isEmpty()) return Optional.empty();
        return Optional.of(new String[] {version, us < 0 ? "" : base.substring(us + 1)});
    }

    /** {@return the whole text as one block, none when the file is empty} */
    static List<SqlBlock> whole(String text) {
        return text.isEmpty() ? List.of() : List.of(new SqlBlock(text, 1, false));
    }
}
