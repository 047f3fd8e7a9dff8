package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.EntryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A migration directory read in one format: its raw entries (what {@code atlas.sum} hashes) and its
 * migration files in the order the format runs them. Immutable; reading checks every file and
 * reports every problem at once.
 *
 * <pre>{@code
 * MigrationDirectory dir = MigrationDirectory.open(Path.of("migrations"), DirectoryFormat.FLYWAY);
 * dir.verifySum();                       // ChecksumMismatchException names the file that changed
 * for (MigrationFile f : dir.files()) System.out.println(f.version() + " " + f.kind());
 * }</pre>
 */
public final class MigrationDirectory {
    private final String source;
    private final DirectoryFormat format;
    private final List<DirectoryEntry> entries;
    private final List<MigrationFile> files;

    private MigrationDirectory(String source, DirectoryFormat format, List<DirectoryEntry> entries, List<MigrationFile> files) {
        this.source = source;
        this.format = format;
        this.entries = List.copyOf(entries);
        this.files = List.copyOf(files);
    }

    /** {@return the atlas-format directory at {@code dir}} See {@link #open(Path, DirectoryFormat)}. */
    public static MigrationDirectory open(Path dir) {
        return open(dir, DirectoryFormat.ATLAS);
    }

    /**
     * {@return the directory at {@code dir} read in {@code format}} Only {@code .sql} files and
     * {@code atlas.sum} are read; sub-folders only for formats that read them (Flyway).
     *
     * @throws MigrationDirectoryException listing every problem: a missing directory, unreadable
     *                                     files, names that do not follow the format, duplicate versions, malformed content
     */
    public static MigrationDirectory open(Path dir, DirectoryFormat format) {
        Objects.requireNonNull(format, "format");
        List<DirectoryProblem> problems = new ArrayList<>();
        List<DirectoryEntry> entries = EntryReader.read(dir, format.readsSubFolders(), problems);
        return read(dir.toString(), format, entries, problems);
    }

    /**
     * {@return a directory made of in-memory entries} For migrations that ship inside a jar: list the
     * files of a classpath folder, read them, and pass them here.
     *
     * @param source  a label for error messages ({@code classpath:db/migration})
     * @param format  how to read the entries
     * @param entries every file, names relative to the directory; entries that are neither
     *                {@code .sql} files nor {@code atlas.sum} are kept but not read
     * @throws MigrationDirectoryException as {@link #open(Path, DirectoryFormat)} does
     * @throws IllegalArgumentException    when two entries have the same name
     */
    public static MigrationDirectory of(String source, DirectoryFormat format, List<DirectoryEntry> entries) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Set<String> names = new HashSet<>();
        for (DirectoryEntry e : entries) {
            if (!names.add(e.name())) throw new IllegalArgumentException("entry \"" + e.name() + "\" is given twice");
        }
        List<DirectoryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(DirectoryEntry::name, SumFile.NAME_ORDER));
        return read(source, format, sorted, new ArrayList<>());
    }

    private static MigrationDirectory read(String source, DirectoryFormat format, List<DirectoryEntry> entries,
                                           List<DirectoryProblem> problems) {
        List<DirectoryEntry> migrations = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            if (e.name().endsWith(".sql") && (e.isTopLevel() || format.readsSubFolders() && !inHiddenFolder(e))) migrations.add(e);
        }
        List<MigrationFile> files = format.reader().read(migrations, problems);
        if (!problems.isEmpty()) throw new MigrationDirectoryException(source, problems);
        return new MigrationDirectory(source, format, entries, files);
    }

    private static boolean inHiddenFolder(DirectoryEntry e) {
        String[] parts = e.name().split("/");
        for (int i = 0; i < parts.length - 1; i++) if (parts[i].startsWith(".")) return true;
        return false;
    }

    /** {@return where the files come from: the path, or the label given to {@link #of}} */
    public String source() {
        return source;
    }

    /** {@return the format the files were read in} */
    public DirectoryFormat format() {
        return format;
    }

    /** {@return every entry, sorted by name: the migration files, atlas.sum when present, and anything else given} */
    public List<DirectoryEntry> entries() {
        return entries;
    }

    /** {@return the migration files in the order the format runs them} */
    public List<MigrationFile> files() {
        return files;
    }

    /**
     * {@return the files from the last Atlas checkpoint on, the checkpoint included; every file when
     * there is none} A new database starts from the latest checkpoint, as in Atlas.
     */
    public List<MigrationFile> filesFromLastCheckpoint() {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).isCheckpoint()) return files.subList(i, files.size());
        }
        return files;
    }

    /**
     * {@return the {@code atlas.sum} the directory holds, when it holds one}
     *
     * @throws MigrationDirectoryException when it is malformed
     */
    public Optional<SumFile> recordedSum() {
        return entries.stream().filter(e -> e.name().equals(SumFile.NAME)).findFirst()
                .map(e -> SumFile.parse(source, e.bytes()));
    }

    /** {@return the sum of the files as they are now} This is what {@code atlas4j migrate hash} writes. */
    public SumFile computeSum() {
        return SumFile.compute(entries);
    }

    /**
     * Checks the files against {@code atlas.sum}. A directory with no {@code .sql} file needs no sum.
     *
     * @throws ChecksumMismatchException   naming each changed, added or removed file
     * @throws MigrationDirectoryException when atlas.sum is missing or malformed
     */
    public void verifySum() {
        SumFile.verify(source, entries);
    }

    /** {@return this directory with its {@code atlas.sum} entry rewritten from the files (added when missing)} */
    public MigrationDirectory withComputedSum() {
        List<DirectoryEntry> out = new ArrayList<>();
        for (DirectoryEntry e : entries) if (!e.name().equals(SumFile.NAME)) out.add(e);
        out.add(new DirectoryEntry(SumFile.NAME, computeSum().bytes()));
        out.sort(Comparator.comparing(DirectoryEntry::name, SumFile.NAME_ORDER));
        return new MigrationDirectory(source, format, out, files);
    }

    /**
     * Writes every entry under {@code target}, creating folders as needed and replacing files of
     * the same names.
     *
     * @throws UncheckedIOException naming the file that could not be written
     */
    public void writeTo(Path target) {
        for (DirectoryEntry e : entries) {
            Path f = target.resolve(e.name());
            try {
                Files.createDirectories(f.getParent());
                Files.write(f, e.bytes());
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write " + f + ": " + x.getMessage(), x);
            }
        }
    }

    @Override
    public String toString() {
        return "MigrationDirectory[" + source + ", " + format + ", " + files.size() + " files]";
    }
}
