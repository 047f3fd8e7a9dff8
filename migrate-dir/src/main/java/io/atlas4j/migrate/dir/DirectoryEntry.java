package io.atlas4j.migrate.dir;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a migration directory as raw bytes, wherever it came from (disk, the classpath, a
 * test). This is what is hashed, so the bytes are kept exactly as read.
 *
 * @param name  the path relative to the directory, segments separated by {@code /}
 *              ({@code 1_init.sql}, {@code v3/V3_1__more.sql})
 * @param bytes the content (copied in and out: entries are immutable)
 */
public record DirectoryEntry(String name, byte[] bytes) {

    public DirectoryEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("\\")
                || Arrays.asList(name.split("/", -1)).stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("directory entry name \"" + name
                    + "\" must be a relative path with / between its parts, like 1_init.sql or v3/V3_1__more.sql");
        }
        bytes = bytes.clone();
    }

    /** {@return an entry holding {@code text} encoded as UTF-8} */
    public static DirectoryEntry of(String name, String text) {
        return new DirectoryEntry(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@return a copy of the content} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the last part of the name: the file name without its folders} */
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** {@return whether the entry sits directly in the directory, not in a sub-folder} */
    public boolean isTopLevel() {
        return name.indexOf('/') < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryEntry e && name.equals(e.name) && Arrays.equals(bytes, e.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DirectoryEntry[" + name + ", " + bytes.length + " bytes]";
    }
}
