package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** golang-migrate: {@code <version>_<description>.up.sql} and {@code .down.sql}, the version a number. */
public final class GolangMigrateFormat implements FormatReader {
    private static final Pattern NAME = Pattern.compile("^([0-9]+)_(.*)\\.(up|down)\\.sql$");

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Matcher m = NAME.matcher(e.fileName());
            if (!m.matches()) {
                problems.add(Problems.nameMismatch(e.name(), "golang-migrate",
                        "<version>_<description>.up.sql, with <version>_<description>.down.sql to revert it"));
                continue;
            }
            boolean up = m.group(3).equals("up");
            Text.decode(e, problems).ifPresent(text -> files.add(new MigrationFile(e.name(), m.group(1), m.group(2),
                    up ? MigrationKind.VERSIONED : MigrationKind.DOWN, e.bytes(),
                    up ? AtlasFormat.whole(text) : List.of(), up ? List.of() : AtlasFormat.whole(text))));
        }
        Comparator<MigrationFile> order = Comparator.comparing(MigrationFile::version, Versions.NUMERIC)
                .thenComparing(f -> f.kind() == MigrationKind.DOWN);
        files.sort(order);
        for (MigrationKind k : List.of(MigrationKind.VERSIONED, MigrationKind.DOWN)) {
            Problems.duplicates(files.stream().filter(f -> f.kind() == k).collect(Collectors.toList()),
                    MigrationFile::version, Versions.NUMERIC, "version", problems);
        }
        return files;
    }
}
