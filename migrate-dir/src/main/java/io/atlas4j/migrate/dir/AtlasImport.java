package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code atlas4j migrate import}: converts a directory of another format into the atlas format, as
 * {@code atlas migrate import} does.
 * <ul>
 * <li>Only what moves the schema forward is kept: down and undo files, and the down sections of
 *     goose, dbmate and Liquibase files, are left out (Atlas plans reverts itself).
 * <li>Flyway: the latest baseline ({@code B}) and the versioned files after it; versioned files the
 *     baseline covers are left out. A repeatable file {@code R__views.sql} becomes
 *     {@code <version>R_views.sql}, {@code <version>} being that of the last file kept before it
 *     ({@code 0} when there is none); several repeatables are numbered {@code <version>R1},
 *     {@code <version>R2}, ... in Flyway's order, so that no two share a version.
 * <li>Each file is {@code <version>_<description>.sql}, its statements one after another, each
 *     ending with {@code ;} and a newline, with the comments above it; format markers
 *     ({@code -- +goose Up}, {@code -- migrate:up}, {@code --liquibase formatted sql},
 *     {@code --rollback}) are gone. An {@code atlas.sum} is computed for the result.
 * </ul>
 * Where Atlas's file-name order would run the converted files in another order than the source's
 * (golang-migrate {@code 9} and {@code 10}), numeric versions are zero-padded to equal widths
 * ({@code 09}); when that cannot restore the order the import is refused.
 */
public final class AtlasImport {
    private AtlasImport() {
    }

    /** {@return {@code source} converted with the line-based statement layout} See {@link #convert(MigrationDirectory, StatementScanner)}. */
    public static ImportResult convert(MigrationDirectory source) {
        return convert(source, StatementScanner.LINE_BASED);
    }

    /**
     * {@return {@code source} converted to the atlas format, in memory, with an {@code atlas.sum}}
     *
     * @param scanner finds statement boundaries to lay the files out ({@link StatementScanner#LINE_BASED},
     *                or the sql-script module's lexer)
     * @throws MigrationDirectoryException when the source is already in the atlas format, when the
     *                                     converted files would not run in the source's order, or when
     *                                     its atlas.sum (if it has one) does not match its files
     */
    public static ImportResult convert(MigrationDirectory source, StatementScanner scanner) {
        Objects.requireNonNull(scanner, "scanner");
        if (source.format() == DirectoryFormat.ATLAS) {
            throw refused(source, "is already in the atlas format", "there is nothing to import: use the directory as it is");
        }
        if (source.recordedSum().isPresent()) source.verifySum(); // as Atlas: never import a tampered directory
        List<String> notes = new ArrayList<>();
        List<MigrationFile> kept = kept(source, notes);
        List<MigrationFile> ordered = new ArrayList<>();
        List<MigrationFile> repeatable = new ArrayList<>();
        for (MigrationFile f : kept) (f.kind() == MigrationKind.REPEATABLE ? repeatable : ordered).add(f);

        List<String> versions = new ArrayList<>();
        for (MigrationFile f : ordered) versions.add(f.version());
        if (!sortsInOrder(names(ordered, versions))) {
            versions = padded(versions);
            if (!sortsInOrder(names(ordered, versions))) throw outOfOrder(source, ordered, names(ordered, versions));
            notes.add("numeric versions were zero-padded to equal widths so that file-name order, which atlas runs in, "
                    + "keeps the source's order (" + ordered.get(0).version() + " became " + versions.get(0) + ")");
        }

        List<DirectoryEntry> entries = new ArrayList<>();
        List<String> names = names(ordered, versions);
        for (int i = 0; i < ordered.size(); i++) entries.add(DirectoryEntry.of(names.get(i), layout(ordered.get(i), scanner)));
        String before = versions.isEmpty() ? "0" : versions.get(versions.size() - 1);
        for (int i = 0; i < repeatable.size(); i++) {
            MigrationFile f = repeatable.get(i);
            String name = fileName(before + "R" + repeatableIndex(i, repeatable.size()), f.description());
            entries.add(DirectoryEntry.of(name, layout(f, scanner)));
            if (!names.isEmpty() && SumFile.NAME_ORDER.compare(name, names.get(names.size() - 1)) < 0) {
                notes.add(name + " sorts before " + names.get(names.size() - 1) + ", so atlas runs it before that file; "
                        + "Flyway ran " + f.name() + " after every versioned migration (rename it if the order matters)");
            }
        }
        List<String> all = new ArrayList<>();
        for (DirectoryEntry e : entries) all.add(e.name());
        for (int i = 0; i < all.size(); i++) {
            if (all.indexOf(all.get(i)) != i) {
                throw refused(source, "two files would both become " + all.get(i), "give one of them another description");
            }
        }
        MigrationDirectory atlas = MigrationDirectory.of(source.source(), DirectoryFormat.ATLAS, entries).withComputedSum();
        return new ImportResult(atlas, notes);
    }

    // The files atlas keeps, in the source's run order.
    private static List<MigrationFile> kept(MigrationDirectory source, List<String> notes) {
        List<MigrationFile> files = source.files();
        List<MigrationFile> kept = new ArrayList<>();
        MigrationFile baseline = null;
        for (MigrationFile f : files) if (f.kind() == MigrationKind.BASELINE) baseline = f; // the latest one
        int dropped = 0;
        for (MigrationFile f : files) {
            switch (f.kind()) {
                case BASELINE:
                    if (f == baseline) kept.add(f);
                    else dropped++;
                    break;
                case VERSIONED:
                    if (baseline == null || Versions.NUMERIC.compare(f.version(), baseline.version()) > 0) {
                        kept.add(f);
                    } else {
                        dropped++;
                    }
                    break;
                case REPEATABLE:
                    kept.add(f);
                    break;
                default:
                    break; // down and undo files: atlas computes reverts itself
            }
        }
        if (baseline != null && dropped > 0) {
            notes.add(dropped + " file(s) up to baseline " + baseline.name() + " were left out: the baseline stands for them");
        }
        long reverts = files.stream().filter(f -> !f.down().isEmpty()).count();
        if (reverts > 0) notes.add(reverts + " down, undo or rollback part(s) were left out: atlas plans reverts itself");
        return kept;
    }

    // One repeatable file is <version>R, as Atlas names it; several are numbered (R1, R2, ...) so
    // that each keeps a version of its own and they run in Flyway's order.
    private static String repeatableIndex(int i, int count) {
        if (count == 1) return "";
        String n = Integer.toString(i + 1);
        return "0".repeat(Integer.toString(count).length() - n.length()) + n;
    }

    private static List<String> names(List<MigrationFile> files, List<String> versions) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) names.add(fileName(versions.get(i), files.get(i).description()));
        return names;
    }

    // Atlas's default file name template: {{ version }}{{ with .Name }}_{{ . }}{{ end }}.sql
    private static String fileName(String version, String description) {
        return version + (description.isEmpty() ? "" : "_" + description) + ".sql";
    }

    private static boolean sortsInOrder(List<String> names) {
        for (int i = 1; i < names.size(); i++) if (SumFile.NAME_ORDER.compare(names.get(i - 1), names.get(i)) >= 0) return false;
        return true;
    }

    // Pads each dot-separated numeric part to the widest part at that position.
    private static List<String> padded(List<String> versions) {
        List<Integer> widths = new ArrayList<>();
        for (String v : versions) {
            String[] parts = v.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                if (widths.size() <= i) widths.add(0);
                widths.set(i, Math.max(widths.get(i), parts[i].length()));
            }
        }
        List<String> out = new ArrayList<>();
        for (String v : versions) {
            String[] parts = v.split("\\.");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) b.append('.');
                boolean digits = !parts[i].isEmpty() && parts[i].chars().allMatch(Character::isDigit);
                if (digits) b.append("0".repeat(widths.get(i) - parts[i].length()));
                b.append(parts[i]);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static MigrationDirectoryException outOfOrder(MigrationDirectory source, List<MigrationFile> files, List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(SumFile.NAME_ORDER);
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(sorted.get(i))) {
                int j = names.indexOf(sorted.get(i));
                return refused(source, "converted, " + files.get(j).name() + " (" + names.get(j) + ") would run before "
                        + files.get(i).name() + " (" + names.get(i) + ") because atlas runs files in file-name order",
                        "rename the source files so that their versions sort the same as text and as numbers");
            }
        }
        return refused(source, "the converted files would not run in the source's order",
                "rename the source files so that their versions sort the same as text and as numbers");
    }

    /** Lays one file out: each statement's comments, then the statement ending with {@code ;} and a newline. */
    static String layout(MigrationFile f, StatementScanner scanner) {
        StringBuilder b = new StringBuilder();
        for (SqlBlock block : f.up()) {
            List<ScannedStatement> statements;
            if (block.singleStatement()) {
                String text = block.text().strip();
                statements = List.of(new ScannedStatement(List.of(), text, text.endsWith(";")));
            } else {
                statements = scanner.scan(block.text());
            }
            for (ScannedStatement s : statements) {
                for (String c : s.comments()) b.append(c).append(c.endsWith("\n") ? "" : "\n");
                if (s.text().isEmpty()) continue;
                b.append(s.text()).append(s.delimited() ? "" : ";").append('\n');
            }
        }
        return b.toString();
    }

    private static MigrationDirectoryException refused(MigrationDirectory source, String message, String remedy) {
        return new MigrationDirectoryException(source.source(), List.of(DirectoryProblem.of(DirectoryProblem.Kind.IMPORT_REFUSED,
                message, remedy)));
    }
}
