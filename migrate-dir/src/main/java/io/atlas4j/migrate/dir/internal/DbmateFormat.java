package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate: {@code <version>_<description>.sql} holding a {@code -- migrate:up} section and an
 * optional {@code -- migrate:down} section (each marker may carry options such as
 * {@code transaction:false}). dbmate sends a section to the database as one script, so a section is
 * one block that still needs splitting into statements.
 */
public final class DbmateFormat implements FormatReader {
    private static final Pattern NAME = Pattern.compile("^([0-9]+)(?:_(.*))?\\.sql$");
    private static final Pattern MARKER = Pattern.compile("^--\\s*migrate:(up|down)(?:\\s.*)?$");

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Matcher m = NAME.matcher(e.fileName());
            if (!m.matches()) {
                problems.add(Problems.nameMismatch(e.name(), "dbmate", "<version>_<description>.sql, e.g. 20240101120000_add_users.sql"));
                continue;
            }
            String description = m.group(2) == null ? "" : m.group(2);
            Text.decode(e, problems).ifPresent(text -> parse(e, m.group(1), description, text, problems, files));
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
        int before = problems.size();
        for (Text.Line line : Text.lines(text)) {
            Matcher m = MARKER.matcher(line.content().strip());
            if (m.matches()) {
                boolean isUp = m.group(1).equals("up");
                if (isUp ? current != null : current != up) {
                    problems.add(Problems.malformed(e.name(), line.number(),
                            isUp ? "a second \"-- migrate:up\"" : current == null ? "\"-- migrate:down\" comes before \"-- migrate:up\"" : "a second \"-- migrate:down\"",
                            "keep one \"-- migrate:up\" section followed by at most one \"-- migrate:down\" section"));
                    continue;
                }
                if (current != null) current.flush(false);
                current = isUp ? up : down;
            } else if (current != null) {
                current.add(line);
            } else if (!line.isBlank() && !line.content().strip().startsWith("--")) {
                problems.add(Problems.malformed(e.name(), line.number(), "SQL before \"-- migrate:up\" is never run by dbmate",
                        "move it below \"-- migrate:up\" or delete it"));
            }
        }
        if (current == null) {
            problems.add(DirectoryProblem.inFile(DirectoryProblem.Kind.MALFORMED_CONTENT, e.name(),
                    "there is no \"-- migrate:up\" line, which dbmate requires", "add \"-- migrate:up\" above its SQL"));
        }
        if (problems.size() > before) return;
        current.flush(false);
        files.add(new MigrationFile(e.name(), version, description, MigrationKind.VERSIONED, e.bytes(), up.blocks(), down.blocks()));
    }
}
