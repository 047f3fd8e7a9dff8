package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.migrate.dir.MigrationDirectory;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.SumFile;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file (or, for golang-migrate, the up and down pair) {@code migrate new} adds to a directory:
 * named the way its format names files, with a version that runs after every file already there,
 * and the format's empty skeleton as content.
 * <ul>
 * <li>atlas, Liquibase: {@code <yyyyMMddHHmmss UTC>_<name>.sql}, as {@code atlas migrate new};
 * <li>Flyway: {@code V<next>__<name>.sql}, the next whole version;
 * <li>golang-migrate: {@code <version>_<name>.up.sql} and {@code .down.sql}; goose and dbmate:
 *     {@code <version>_<name>.sql} with their section markers.
 * </ul>
 * A timestamp is the version unless the directory numbers its files in sequence (versions shorter
 * than a timestamp), in which case the next number follows, zero-padded to the same width, as
 * {@code migrate create -seq} and {@code goose fix} do. A timestamp not after the latest version
 * (files created within a second) becomes the latest plus one.
 *
 * @param files the files to write, in order, each with its content
 */
record NewMigration(List<File> files) {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    /** One file to create. */
    record File(String name, String content) {
    }

    NewMigration {
        files = List.copyOf(files);
    }

    /**
     * {@return the next migration of {@code dir}}
     *
     * @param name what the migration does ({@code add_users}); required by the formats whose file names need one
     * @param now  the time that names a timestamped version
     */
    static NewMigration next(MigrationDirectory dir, Optional<String> name, Instant now) {
        DirectoryFormat format = dir.format();
        checkName(format, name, dir.source());
        String version = version(dir, now);
        String suffix = name.map(n -> "_" + n).orElse("");
        List<File> files = new ArrayList<>();
        switch (format) {
            case FLYWAY -> files.add(new File("V" + version + "__" + name.orElseThrow() + ".sql", ""));
            case GOLANG_MIGRATE -> {
                files.add(new File(version + suffix + ".up.sql", ""));
                files.add(new File(version + suffix + ".down.sql", ""));
            }
            case GOOSE -> files.add(new File(version + suffix + ".sql", "-- +goose Up\n\n-- +goose Down\n"));
            case DBMATE -> files.add(new File(version + suffix + ".sql", "-- migrate:up\n\n\n-- migrate:down\n\n"));
            case LIQUIBASE -> files.add(new File(version + suffix + ".sql", "--liquibase formatted sql\n\n--changeset "
                    + author() + ":" + version + "\n"));
            default -> files.add(new File(version + suffix + ".sql", ""));
        }
        if (format == DirectoryFormat.ATLAS || format == DirectoryFormat.LIQUIBASE) checkRunsLast(dir, files.get(0).name());
        return new NewMigration(files);
    }

    /**
     * Checks the name of a new migration before anything is written.
     *
     * @throws InvalidInputException when it holds characters other than letters, digits, {@code _-.}, or
     *                               is missing for a format whose file names need one (Flyway, golang-migrate, goose)
     */
    static void checkName(DirectoryFormat format, Optional<String> name, String dir) {
        if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
            throw new InvalidInputException("migration name \"" + name.get() + "\" may hold only letters, digits, '_', '-' and '.':"
                    + " write it like add_users");
        }
        if (name.isEmpty() && (format == DirectoryFormat.FLYWAY || format == DirectoryFormat.GOLANG_MIGRATE || format == DirectoryFormat.GOOSE)) {
            throw new InvalidInputException("migrate new needs a NAME for a " + format.id() + " directory: its file names carry one"
                    + " (e.g. atlas4j migrate new add_users --dir \"file://" + dir + "?format=" + format.id() + "\")");
        }
    }

    /** {@return the next version: Flyway's next whole number, the next number of a sequence, or a timestamp} */
    private static String version(MigrationDirectory dir, Instant now) {
        Optional<String> latest = latestNumericVersion(dir);
        if (dir.format() == DirectoryFormat.FLYWAY) {
            return latest.map(v -> new BigInteger(v.split("\\.")[0]).add(BigInteger.ONE).toString()).orElse("1");
        }
        String timestamp = TIMESTAMP.format(now);
        if (latest.isEmpty()) return timestamp;
        String last = latest.get();
        if (!NUMBER.matcher(last).matches()) return timestamp;
        BigInteger next = new BigInteger(last).add(BigInteger.ONE);
        if (last.length() < timestamp.length()) return pad(next.toString(), last.length());
        return next.compareTo(new BigInteger(timestamp)) > 0 ? next.toString() : timestamp;
    }

    /** {@return the greatest version of the directory's files, when all of them are numbers (dotted for Flyway)} */
    private static Optional<String> latestNumericVersion(MigrationDirectory dir) {
        String latest = null;
        for (MigrationFile f : dir.files()) {
            String v = f.version();
            if (v.isEmpty()) continue; // a Flyway repeatable has none
            if (!v.matches("[0-9]+(\\.[0-9]+)*")) return Optional.empty();
            if (latest == null || compare(v, latest) > 0) latest = v;
        }
        return Optional.ofNullable(latest);
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = (i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO).compareTo(i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO);
            if (c != 0) return c;
        }
        return 0;
    }

    private static String pad(String n, int width) {
        return n.length() >= width ? n : "0".repeat(width - n.length()) + n;
    }

    /** Atlas runs files in file-name order: a new file that would not sort last would run before files already there. */
    private static void checkRunsLast(MigrationDirectory dir, String name) {
        Optional<String> last = dir.files().stream().map(MigrationFile::name).max(SumFile.NAME_ORDER);
        if (last.isPresent() && SumFile.NAME_ORDER.compare(name, last.get()) <= 0) {
            throw new InvalidInputException("the new file " + name + " would sort before " + last.get()
                    + ", and atlas runs files in file-name order: zero-pad the versions in " + dir.source()
                    + " so that they sort as numbers (then run atlas4j migrate hash)");
        }
    }

    /** {@return the Liquibase changeset author: the user's login name, or atlas4j} */
    private static String author() {
        String user = System.getProperty("user.name", "");
        return user.matches("[A-Za-z0-9_.-]+") ? user : "atlas4j";
    }
}
