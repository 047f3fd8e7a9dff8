package io.atlas4j.migrate.dir;

import io.atlas4j.migrate.dir.internal.Directives;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One migration file as its directory's format reads it.
 *
 * @param name        the path relative to the directory ({@code 2_add_users.sql}, {@code v3/V3_1__more.sql})
 * @param version     the version as the format spells it ({@code 20240101120000}, {@code 1.2.3});
 *                    empty for a Flyway repeatable migration, which has none
 * @param description the description from the file name, as written ({@code add_users})
 * @param kind        what the file does when run
 * @param bytes       the raw content, exactly as read (copied in and out)
 * @param up          the SQL that moves the schema forward, in file order; empty for down and undo files
 * @param down        the SQL that reverts it, in the order to run it; empty when the file has none
 */
public record MigrationFile(String name, String version, String description, MigrationKind kind, byte[] bytes,
                            List<SqlBlock> up, List<SqlBlock> down) {

    public MigrationFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isEmpty()) throw new IllegalArgumentException("a migration file needs a name");
        if (version.isEmpty() != (kind == MigrationKind.REPEATABLE)) {
            throw new IllegalArgumentException(name + ": only a repeatable migration has no version");
        }
        bytes = bytes.clone();
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    /** {@return a copy of the raw content} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** {@return the up SQL as one text: the {@link #up()} blocks joined} */
    public String upSql() {
        return up.stream().map(SqlBlock::text).collect(Collectors.joining());
    }

    /** {@return the down SQL as one text, when the file has any} */
    public Optional<String> downSql() {
        return down.isEmpty() ? Optional.empty() : Optional.of(down.stream().map(SqlBlock::text).collect(Collectors.joining()));
    }

    /**
     * {@return the arguments of each Atlas file directive {@code name} ({@code -- atlas:txmode none}
     * gives {@code ["none"]} for {@code "txmode"})} As in Atlas, file directives are the comment
     * lines at the very top of the file, separated from the SQL by an empty line.
     */
    public List<String> directives(String name) {
        return Directives.fileDirectives(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /** {@return the tag of an {@code -- atlas:checkpoint [tag]} file (empty text when untagged); empty when the file is not a checkpoint} */
    public Optional<String> checkpointTag() {
        return directives(Directives.CHECKPOINT).stream().findFirst();
    }

    /** {@return whether this is an Atlas checkpoint file: the whole schema as of its version} */
    public boolean isCheckpoint() {
        return checkpointTag().isPresent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationFile f && name.equals(f.name) && version.equals(f.version)
                && description.equals(f.description) && kind == f.kind && Arrays.equals(bytes, f.bytes)
                && up.equals(f.up) && down.equals(f.down);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, description, kind, Arrays.hashCode(bytes), up, down);
    }

    @Override
    public String toString() {
        return "MigrationFile[" + name + ", " + kind + (version.isEmpty() ? "" : " " + version) + "]";
    }
}
