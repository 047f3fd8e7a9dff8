package io.atlas4j.migrate;

import io.atlas4j.Atlas;
import io.atlas4j.SchemaDiff;
import io.atlas4j.SqlScript;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrate diff}: the next migration file, planned from the schema the directory builds
 * (replayed on a dev database) to the desired one, written beside the others with
 * {@code atlas.sum} updated.
 *
 * <pre>{@code
 * Realm desired = Atlas.loadRealm(SqlScript.of(Path.of("schema.sql")), sqlite, Scope.SCHEMA);
 * Optional<NewMigration> next = MigrationDiff.write(Path.of("migrations"), DirectoryFormat.ATLAS, "add_users",
 *         desired, Replay.embedded(sqlite), Scope.SCHEMA, Instant.now());
 * }</pre>
 */
public final class MigrationDiff {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MigrationDiff() {
    }

    /** {@return the scripts that build the directory's schema: its versioned files in order, from the latest checkpoint} */
    public static List<SqlScript> scripts(MigrationDirectory directory) {
        List<SqlScript> out = new ArrayList<>();
        for (MigrationFile f : directory.filesFromLastCheckpoint()) {
            if (f.kind() == MigrationKind.VERSIONED || f.kind() == MigrationKind.BASELINE || f.kind() == MigrationKind.REPEATABLE) {
                out.add(new SqlScript(directory.source() + "/" + f.name(), f.upSql()));
            }
        }
        return out;
    }

    /** {@return the schema the directory builds, replayed on a dev database} */
    public static Realm replay(MigrationDirectory directory, Replay replay, Scope scope) {
        return replay.run(scripts(directory), scope);
    }

    /** {@return the difference from the schema the directory builds to {@code desired}} */
    public static SchemaDiff diff(MigrationDirectory directory, Realm desired, Replay replay, Scope scope) {
        Realm current = replay(directory, replay, scope);
        if (scope == Scope.SCHEMA) {
            // Dev databases get names of their own; one schema compares with one schema whatever they are called.
            return Atlas.diff(current.schemas().get(0), desired.schemas().get(0));
        }
        return Atlas.diff(current, desired);
    }

    /**
     * Writes the next migration file to bring the directory to {@code desired}, and rewrites
     * {@code atlas.sum}. Nothing is written when the directory already builds the desired schema.
     *
     * @param dir    the directory (created when missing)
     * @param format atlas ({@code <yyyyMMddHHmmss>_<name>.sql}) or flyway ({@code V<next>__<name>.sql})
     * @param name   the file's description: letters, digits, {@code _} and {@code -}
     * @param now    the time the atlas version is taken from (UTC)
     * @return the file written, or empty when there are no changes
     * @throws io.atlas4j.migrate.dir.ChecksumMismatchException when the directory does not match its atlas.sum
     */
    public static Optional<NewMigration> write(Path dir, DirectoryFormat format, String name, Realm desired, Replay replay,
                                               Scope scope, Instant now) {
        if (!name.matches("[A-Za-z0-9_\\-]*")) {
            throw new InvalidInputException("migration name \"" + name + "\" may hold only letters, digits, _ and -");
        }
        if (format != DirectoryFormat.ATLAS && format != DirectoryFormat.FLYWAY) {
            throw new InvalidInputException("migrate diff writes atlas and flyway directories, not " + format.id()
                    + ": import the directory to the atlas format first (atlas4j migrate import)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        MigrationDirectory directory = MigrationDirectory.open(dir, format);
        if (format == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
        Plan plan = diff(directory, desired, replay, scope).plan();
        if (plan.isEmpty()) return Optional.empty();
        Path file = dir.resolve(fileName(directory, format, name, now));
        try {
            // In a transactional plan, a statement that cannot run in a transaction (PostgreSQL's ALTER TYPE ... ADD VALUE)
            // takes the file out of one.
            boolean outside = plan.transactional() && plan.statements().stream().anyMatch(st -> !st.transactional());
            Files.writeString(file, (outside ? "-- atlas:txmode none\n\n" : "") + plan.sql(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        MigrationDirectory.open(dir, format).computeSum().writeTo(dir);
        return Optional.of(new NewMigration(file, plan));
    }

    /**
     * {@code migrate new}: writes an empty next migration file for the user to fill in, and rewrites
     * {@code atlas.sum}.
     *
     * @return the new file
     */
    public static Path newFile(Path dir, DirectoryFormat format, String name, Instant now) {
        if (!name.matches("[A-Za-z0-9_\\-]*")) {
            throw new InvalidInputException("migration name \"" + name + "\" may hold only letters, digits, _ and -");
        }
        try {
            Files.createDirectories(dir);
            MigrationDirectory directory = MigrationDirectory.open(dir, format);
            if (format == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) directory.verifySum();
            Path file = dir.resolve(fileName(directory, format, name, now));
            Files.writeString(file, "", StandardCharsets.UTF_8);
            if (format == DirectoryFormat.ATLAS || directory.recordedSum().isPresent()) {
                MigrationDirectory.open(dir, format).computeSum().writeTo(dir);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new migration file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@return the next file's name: a version after every version of the directory} */
    public static String fileName(MigrationDirectory directory, DirectoryFormat format, String name, Instant now) {
        String suffix = name.isEmpty() ? "" : (format == DirectoryFormat.FLYWAY ? "__" : "_") + name;
        if (format == DirectoryFormat.FLYWAY) {
            BigInteger max = BigInteger.ZERO;
            for (MigrationFile f : directory.files()) {
                if (f.version().isEmpty()) continue;
                String major = f.version().split("[._]")[0];
                if (major.matches("\\d+")) max = max.max(new BigInteger(major));
            }
            return "V" + max.add(BigInteger.ONE) + (name.isEmpty() ? "__migration" : suffix) + ".sql";
        }
        BigInteger version = new BigInteger(VERSION.format(now));
        for (MigrationFile f : directory.files()) {
            if (f.version().matches("\\d+")) {
                BigInteger v = new BigInteger(f.version());
                if (v.compareTo(version) >= 0) version = v.add(BigInteger.ONE);
            }
        }
        return version + suffix + ".sql";
    }
}
