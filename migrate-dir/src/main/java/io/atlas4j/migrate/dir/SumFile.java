package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.Directives;
import io.atlas4j.migrate.dir.internal.EntryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration directory's {@code atlas.sum}, byte-compatible with Atlas's: a running SHA-256 over
 * the top-level {@code .sql} files in file-name order, so a file that is edited, added, removed or
 * renamed changes the sum of itself and of every file after it.
 *
 * <pre>
 * h1:&lt;total&gt;
 * 1_init.sql h1:&lt;hash after 1_init.sql&gt;
 * 2_users.sql h1:&lt;hash after 1_init.sql and 2_users.sql&gt;
 * </pre>
 *
 * @param entries one line per hashed file, in file-name order
 */
public record SumFile(List<Entry> entries) {
    /** The file's name in a migration directory. */
    public static final String NAME = "atlas.sum";

    /** The order Atlas sorts file names in: by their UTF-8 bytes, as Go compares strings. */
    public static final Comparator<String> NAME_ORDER = (a, b) ->
            Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static final String H1 = "h1:";

    /**
     * One hashed file.
     *
     * @param name the file name
     * @param hash base64 of the running SHA-256 once this file was added
     */
    public record Entry(String name, String hash) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(hash, "hash");
        }
    }

    public SumFile {
        entries = List.copyOf(entries);
    }

    /**
     * {@return the sum of the entries that Atlas hashes} Those are the top-level entries whose name
     * ends in {@code .sql}, whatever the directory's format: sub-folders are other directories, and
     * a golang-migrate {@code .down.sql} or a Flyway {@code U} file is hashed like any other. A file
     * whose first line carries {@code atlas:sum ignore} gets no line, but its name still feeds the
     * running hash, as in Atlas.
     */
    public static SumFile compute(List<DirectoryEntry> entries) {
        List<DirectoryEntry> hashed = new ArrayList<>();
        for (DirectoryEntry e : entries) if (e.isTopLevel() && e.name().endsWith(".sql")) hashed.add(e);
        hashed.sort(Comparator.comparing(DirectoryEntry::name, NAME_ORDER));
        MessageDigest running = sha256();
        List<Entry> lines = new ArrayList<>();
        for (DirectoryEntry e : hashed) {
            running.update(e.name().getBytes(StandardCharsets.UTF_8));
            byte[] content = e.bytes();
            if (Directives.ignoredBySum(content)) continue;
            running.update(content);
            lines.add(new Entry(e.name(), Base64.getEncoder().encodeToString(snapshot(running))));
        }
        return new SumFile(lines);
    }

    /**
     * {@return the sum of the directory at {@code dir}, read without parsing any migration file}
     * This is {@code atlas4j migrate hash}: it works whatever the format and however the files are named.
     *
     * @throws MigrationDirectoryException when the directory is missing or a file cannot be read
     */
    public static SumFile compute(Path dir) {
        return compute(EntryReader.readTopLevel(dir));
    }

    /**
     * Checks the directory at {@code dir} against its {@code atlas.sum}, reading no migration
     * file's format.
     *
     * @throws ChecksumMismatchException   naming the changed, added or removed file
     * @throws MigrationDirectoryException when atlas.sum is missing (and .sql files exist) or malformed
     */
    public static void verify(Path dir) {
        verify(dir.toString(), EntryReader.readTopLevel(dir));
    }

    static void verify(String directory, List<DirectoryEntry> entries) {
        Optional<DirectoryEntry> recorded = entries.stream().filter(e -> e.name().equals(NAME)).findFirst();
        SumFile current = compute(entries);
        if (recorded.isEmpty()) {
            boolean anySql = entries.stream().anyMatch(e -> e.isTopLevel() && e.name().endsWith(".sql"));
            if (!anySql) return; // an empty directory needs no sum, as in Atlas
            throw new MigrationDirectoryException(directory, List.of(DirectoryProblem.of(DirectoryProblem.Kind.SUM_MISSING,
                    NAME + " is missing", "run \"atlas4j migrate hash\" to create it")));
        }
        SumFile was = parse(directory, recorded.get().bytes());
        if (!was.total().equals(current.total())) {
            throw new ChecksumMismatchException(directory, SumDifference.between(was, current));
        }
    }

    /** {@return the sum on the first line: SHA-256 over each entry's name and hash} */
    public String total() {
        MessageDigest total = sha256();
        for (Entry e : entries) {
            total.update(e.name().getBytes(StandardCharsets.UTF_8));
            total.update(e.hash().getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(total.digest());
    }

    /** {@return the file's text, exactly as Atlas writes it (every line ends with a newline)} */
    public String format() {
        StringBuilder b = new StringBuilder(H1).append(total()).append('\n');
        for (Entry e : entries) b.append(e.name()).append(' ').append(H1).append(e.hash()).append('\n');
        return b.toString();
    }

    /** {@return {@link #format()} as UTF-8 bytes} */
    public byte[] bytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    /** {@return the recorded hash of file {@code name}} */
    public Optional<String> hash(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Entry::hash).findFirst();
    }

    /**
     * Writes this sum as {@code atlas.sum} into {@code dir}.
     *
     * @throws UncheckedIOException when it cannot be written
     */
    public void writeTo(Path dir) {
        try {
            Files.write(dir.resolve(NAME), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the sum file {@code text}, read as Atlas reads it (lines may end in {@code \r\n})}
     *
     * @throws MigrationDirectoryException when a line is not {@code <name> h1:<hash>}, or the first
     *                                     line does not match the others (an edit by hand, or a merge)
     */
    public static SumFile parse(String text) {
        return parse("", text.getBytes(StandardCharsets.UTF_8));
    }

    static SumFile parse(String directory, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        String recordedTotal = lines.isEmpty() ? "" : lines.get(0).startsWith(H1) ? lines.get(0).substring(H1.length()) : lines.get(0);
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            int at = l.indexOf(H1);
            if (at < 0) {
                throw new MigrationDirectoryException(directory, List.of(DirectoryProblem.atLine(DirectoryProblem.Kind.SUM_MALFORMED,
                        NAME, i + 1, "the line is not \"<file> h1:<hash>\"", "run \"atlas4j migrate hash\" to rewrite the file")));
            }
            entries.add(new Entry(l.substring(0, at).strip(), l.substring(at + H1.length())));
        }
        SumFile sum = new SumFile(entries);
        if (!sum.total().equals(recordedTotal)) {
            throw new MigrationDirectoryException(directory, List.of(DirectoryProblem.atLine(DirectoryProblem.Kind.SUM_MALFORMED,
                    NAME, 1, "the sum on the first line does not match the lines below it (was the file edited by hand or merged?)",
                    "run \"atlas4j migrate hash\" to rewrite it from the files")));
        }
        return sum;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    // The digest so far, leaving the running hash able to take the next file.
    private static byte[] snapshot(MessageDigest running) {
        try {
            return ((MessageDigest) running.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 provider cannot snapshot a running digest", e);
        }
    }
}
