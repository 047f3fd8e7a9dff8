package io.atlas4j.migrate.dir;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a migration directory: what, where (the file and line when there is one)
 * and what to do about it. Printed as {@code file:line: message: remedy}.
 *
 * @param kind    what went wrong, for tools to match on (never the message text)
 * @param file    the file, relative to the directory, when the problem is in one
 * @param line    the 1-based line in that file, when the problem has one
 * @param message what is wrong, naming the file's parts in double quotes
 * @param remedy  what the user can do about it
 */
public record DirectoryProblem(Kind kind, Optional<String> file, OptionalInt line, String message, String remedy) {

    /** The kinds of problem, stable for tools and the CLI. */
    public enum Kind {
        /** A directory format name nobody knows. */
        UNKNOWN_FORMAT,
        /** The directory is missing or is not a directory. */
        NOT_A_DIRECTORY,
        /** A file could not be read, or is not UTF-8. */
        UNREADABLE,
        /** A file name does not follow the directory format. */
        NAME_MISMATCH,
        /** Two files claim the same version (or, for Flyway repeatables, the same description). */
        DUPLICATE_VERSION,
        /** A file's content breaks its format's rules (a goose file without {@code -- +goose Up}, ...). */
        MALFORMED_CONTENT,
        /** Migration files exist but {@code atlas.sum} does not. */
        SUM_MISSING,
        /** {@code atlas.sum} cannot be parsed, or its first line does not match its other lines. */
        SUM_MALFORMED,
        /** The files do not match {@code atlas.sum}: see {@link ChecksumMismatchException}. */
        SUM_MISMATCH,
        /** A conversion to the atlas format cannot be done faithfully. */
        IMPORT_REFUSED
    }

    public DirectoryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** {@return a problem with no file} */
    public static DirectoryProblem of(Kind kind, String message, String remedy) {
        return new DirectoryProblem(kind, Optional.empty(), OptionalInt.empty(), message, remedy);
    }

    /** {@return a problem in {@code file}, with no particular line} */
    public static DirectoryProblem inFile(Kind kind, String file, String message, String remedy) {
        return new DirectoryProblem(kind, Optional.of(file), OptionalInt.empty(), message, remedy);
    }

    /** {@return a problem at {@code line} (1-based) of {@code file}} */
    public static DirectoryProblem atLine(Kind kind, String file, int line, String message, String remedy) {
        return new DirectoryProblem(kind, Optional.of(file), OptionalInt.of(line), message, remedy);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        file.ifPresent(f -> {
            b.append(f);
            line.ifPresent(l -> b.append(':').append(l));
            b.append(": ");
        });
        return b.append(message).append(": ").append(remedy).toString();
    }
}
