package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationDirectoryException;
import io.atlas4j.migrate.dir.SumFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a migration directory from disk: its {@code .sql} files and {@code atlas.sum}, nothing
 * else. Directly in the folder only (Atlas's rule: a sub-folder is another directory), or also in
 * non-hidden sub-folders for formats that read them (Flyway).
 */
public final class EntryReader {
    private EntryReader() {
    }

    /** {@return the top-level entries}, throwing when the directory is missing or a file cannot be read */
    public static List<DirectoryEntry> readTopLevel(Path dir) {
        List<DirectoryProblem> problems = new ArrayList<>();
        List<DirectoryEntry> entries = read(dir, false, problems);
        if (!problems.isEmpty()) throw new MigrationDirectoryException(dir.toString(), problems);
        return entries;
    }

    /**
     * {@return the entries of {@code dir}} Files that cannot be read are added to {@code problems}.
     *
     * @throws MigrationDirectoryException when {@code dir} is missing or not a directory
     */
    public static List<DirectoryEntry> read(Path dir, boolean subFolders, List<DirectoryProblem> problems) {
        if (!Files.isDirectory(dir)) {
            throw new MigrationDirectoryException(dir.toString(), List.of(DirectoryProblem.of(DirectoryProblem.Kind.NOT_A_DIRECTORY,
                    Files.exists(dir) ? "is not a directory" : "does not exist",
                    "point to the folder that holds the migration files")));
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        try {
            if (subFolders) {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        // Flyway skips hidden folders (.git, .idea); so does Atlas's Flyway reader.
                        return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String name = relative(dir, f);
                        if (wanted(name, f)) add(entries, name, f, problems);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        problems.add(unreadable(relative(dir, f), e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                try (Stream<Path> list = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) list::iterator) {
                        String name = f.getFileName().toString();
                        if (wanted(name, f)) add(entries, name, f, problems);
                    }
                }
            }
        } catch (IOException e) {
            throw new MigrationDirectoryException(dir.toString(), List.of(DirectoryProblem.of(DirectoryProblem.Kind.UNREADABLE,
                    "cannot be listed (" + e + ")", "check that the folder is readable")));
        }
        entries.sort((a, b) -> SumFile.NAME_ORDER.compare(a.name(), b.name()));
        return entries;
    }

    private static boolean wanted(String name, Path f) {
        // A dangling link or unreadable file named *.sql is still a migration file: reading it reports the problem.
        return (name.endsWith(".sql") || name.equals(SumFile.NAME)) && !Files.isDirectory(f);
    }

    private static void add(List<DirectoryEntry> entries, String name, Path f, List<DirectoryProblem> problems) {
        try {
            entries.add(new DirectoryEntry(name, Files.readAllBytes(f)));
        } catch (IOException e) {
            problems.add(unreadable(name, e));
        }
    }

    private static DirectoryProblem unreadable(String name, IOException e) {
        return DirectoryProblem.inFile(DirectoryProblem.Kind.UNREADABLE, name, "cannot be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", "check that the file exists and is readable");
    }

    private static String relative(Path dir, Path f) {
        StringBuilder b = new StringBuilder();
        for (Path part : dir.relativize(f)) {
            if (b.length() > 0) b.append('/');
            b.append(part);
        }
        return b.toString();
    }
}
