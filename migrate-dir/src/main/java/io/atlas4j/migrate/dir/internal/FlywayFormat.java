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

/**
 * Flyway's default naming: {@code V<version>__<description>.sql} (versioned), {@code U...} (undo),
 * {@code B...} (baseline) and {@code R__<description>.sql} (repeatable). A version is numbers
 * separated by {@code .} or {@code _}; it is kept in Flyway's display form ({@code 1_2} reads as
 * {@code 1.2}) and compared part by part. Versioned, baseline and undo files are ordered by
 * version (a baseline before the versioned file it shares a version with), repeatables come last
 * by description, as Flyway runs them. SQL callbacks ({@code beforeMigrate.sql},
 * {@code afterEachMigrate__x.sql}, ...) are not migrations and are left out.
 */
public final class FlywayFormat implements FormatReader {
    private static final Pattern VERSIONED = Pattern.compile("^([VUB])([0-9]+(?:[._][0-9]+)*)__(.*)\\.sql$");
    private static final Pattern REPEATABLE = Pattern.compile("^R__(.*)\\.sql$");
    private static final Pattern CALLBACK = Pattern.compile("^(?:before|after)[A-Za-z]*(?:__.*)?\\.sql$");
    private static final String EXPECTED = "V<version>__<description>.sql (versioned), U<version>__<description>.sql (undo), "
            + "B<version>__<description>.sql (baseline) or R__<description>.sql (repeatable), e.g. V1.2__add_users.sql";

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            String n = e.fileName();
            Matcher v = VERSIONED.matcher(n);
            Matcher r = REPEATABLE.matcher(n);
            if (v.matches()) {
                MigrationKind kind = switch (v.group(1)) {
                    case "V" -> MigrationKind.VERSIONED;
                    case "U" -> MigrationKind.UNDO;
                    default -> MigrationKind.BASELINE;
                };
                String version = v.group(2).replace('_', '.');
                Text.decode(e, problems).ifPresent(text -> files.add(new MigrationFile(e.name(), version, v.group(3), kind,
                        e.bytes(), kind == MigrationKind.UNDO ? List.of() : AtlasFormat.whole(text),
                        kind == MigrationKind.UNDO ? AtlasFormat.whole(text) : List.of())));
            } else if (r.matches()) {
                Text.decode(e, problems).ifPresent(text -> files.add(new MigrationFile(e.name(), "", r.group(1),
                        MigrationKind.REPEATABLE, e.bytes(), AtlasFormat.whole(text), List.of())));
            } else if (!CALLBACK.matcher(n).matches()) {
                problems.add(Problems.nameMismatch(e.name(), "flyway", EXPECTED));
            }
        }
        files.sort(Comparator.comparing((MigrationFile f) -> f.kind() == MigrationKind.REPEATABLE)
                .thenComparing((a, b) -> a.kind() == MigrationKind.REPEATABLE
                        ? a.description().compareTo(b.description())
                        : Versions.NUMERIC.compare(a.version(), b.version()))
                .thenComparing(FlywayFormat::rank));
        for (MigrationKind k : List.of(MigrationKind.BASELINE, MigrationKind.VERSIONED, MigrationKind.UNDO)) {
            Problems.duplicates(of(files, k), MigrationFile::version, Versions.NUMERIC, "version", problems);
        }
        Problems.duplicates(of(files, MigrationKind.REPEATABLE), MigrationFile::description, Comparator.naturalOrder(),
                "description", problems);
        return files;
    }

    private static int rank(MigrationFile f) {
        return switch (f.kind()) {
            case BASELINE -> 0;
            case VERSIONED -> 1;
            default -> 2;
        };
    }

    private static List<MigrationFile> of(List<MigrationFile> files, MigrationKind kind) {
        return files.stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
    }
}
