package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * goose: {@code <version>_<description>.sql} holding {@code -- +goose Up} and {@code -- +goose Down}
 * sections. {@code -- +goose StatementBegin} ... {@code StatementEnd} encloses text that is one
 * statement however many semicolons it holds (function bodies). The annotation lines themselves
 * run nothing, so they are left out of the SQL.
 */
public final class GooseFormat implements FormatReader {
    private static final Pattern NAME = Pattern.compile("^([0-9]+)_(.*)\\.sql$");
    private static final String EXPECTED = "<version>_<description>.sql with a version of 1 or more, e.g. 20240101120000_add_users.sql";

    private enum Section { BEFORE_UP, UP, DOWN }

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Matcher m = NAME.matcher(e.fileName());
            if (!m.matches() || new BigInteger(m.group(1)).signum() == 0) {
                problems.add(Problems.nameMismatch(e.name(), "goose", EXPECTED));
                continue;
            }
            Text.decode(e, problems).ifPresent(text -> parse(e, m.group(1), m.group(2), text, problems, files));
        }
        files.sort(Comparator.comparing(MigrationFile::version, Versions.NUMERIC));
        Problems.duplicates(files, MigrationFile::version, Versions.NUMERIC, "version", problems);
        return files;
    }

    private static void parse(DirectoryEntry e, String version, String description, String text,
                              List<DirectoryProblem> problems, List<MigrationFile> files) {
        Blocks up = new Blocks();
        Blocks down = new Blocks();
        Blocks current = null;
        Section section = Section.BEFORE_UP;
        int statementBegin = 0; // line of an open StatementBegin, 0 when none is open
        int before = problems.size();
        for (Text.Line line : Text.lines(text)) {
            String command = annotation(line);
            if (command == null) {
                if (section == Section.BEFORE_UP) {
                    if (!line.isBlank() && !line.content().strip().startsWith("--")) {
                        problems.add(Problems.malformed(e.name(), line.number(), "SQL before \"-- +goose Up\" is never run by goose",
                                "move it below \"-- +goose Up\" or delete it"));
                    }
                } else {
                    current.add(line);
                }
                continue;
            }
            switch (command.toLowerCase(Locale.ROOT)) {
                case "up":
                    if (section != Section.BEFORE_UP) {
                        problems.add(Problems.malformed(e.name(), line.number(), "a second \"-- +goose Up\"",
                                "keep one Up section, before the Down section"));
                        break;
                    }
                    section = Section.UP;
                    current = up;
                    break;
                case "down":
                    if (section != Section.UP) {
                        problems.add(Problems.malformed(e.name(), line.number(),
                                "\"-- +goose Down\" " + (section == Section.DOWN ? "appears twice" : "comes before \"-- +goose Up\""),
                                "keep one Down section, after the Up section"));
                        break;
                    }
                    if (statementBegin > 0) break; // reported below as an unclosed StatementBegin
                    current.flush(false);
                    section = Section.DOWN;
                    current = down;
                    break;
                case "statementbegin":
                    if (section == Section.BEFORE_UP || statementBegin > 0) {
                        problems.add(Problems.malformed(e.name(), line.number(), section == Section.BEFORE_UP
                                        ? "\"-- +goose StatementBegin\" before \"-- +goose Up\"" : "\"-- +goose StatementBegin\" inside another one",
                                "close each statement with \"-- +goose StatementEnd\" inside the Up or Down section"));
                        break;
                    }
                    current.flush(false);
                    statementBegin = line.number();
                    break;
                case "statementend":
                    if (statementBegin == 0) {
                        problems.add(Problems.malformed(e.name(), line.number(), "\"-- +goose StatementEnd\" without a StatementBegin",
                                "add \"-- +goose StatementBegin\" before the statement, or delete this line"));
                        break;
                    }
                    current.flush(true);
                    statementBegin = 0;
                    break;
                default:
                    // NO TRANSACTION, ENVSUB ON/OFF: options for goose's runner, not SQL.
                    break;
            }
        }
        if (statementBegin > 0) {
            problems.add(Problems.malformed(e.name(), statementBegin, "\"-- +goose StatementBegin\" has no StatementEnd",
                    "close the statement with \"-- +goose StatementEnd\""));
        }
        if (section == Section.BEFORE_UP) {
            problems.add(DirectoryProblem.inFile(DirectoryProblem.Kind.MALFORMED_CONTENT, e.name(),
                    "there is no \"-- +goose Up\" line, so goose runs nothing from this file", "add \"-- +goose Up\" above its SQL"));
        }
        if (problems.size() > before) return;
        current.flush(false);
        files.add(new MigrationFile(e.name(), version, description, MigrationKind.VERSIONED, e.bytes(), up.blocks(), down.blocks()));
    }

    /** {@return the goose command of an annotation line ({@code Up}, {@code StatementBegin}), or null for any other line} */
    private static String annotation(Text.Line line) {
        String t = line.content().strip();
        if (!t.startsWith("--")) return null;
        t = t.substring(2).strip();
        return t.startsWith("+goose") ? t.substring("+goose".length()).strip() : null;
    }
}
