package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.DirectoryProblem;
import io.atlas4j.migrate.dir.MigrationFile;
import io.atlas4j.migrate.dir.MigrationKind;
import io.atlas4j.migrate.dir.SqlBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL: a first line {@code --liquibase formatted sql}, then
 * {@code --changeset author:id [attributes]} blocks. Each changeset is one up block (its
 * {@code --changeset} line kept as a comment); {@code --rollback <sql>} lines and
 * {@code /* liquibase rollback ... *}{@code /} blocks are its down SQL, run newest changeset first.
 * A file without the header is plain SQL, as Liquibase reads it. Files are named and ordered like
 * atlas files.
 */
public final class LiquibaseFormat implements FormatReader {
    private static final Pattern HEADER = Pattern.compile("(?i)^--\\s*liquibase\\s+formatted\\s+sql\\b.*");
    private static final Pattern CHANGESET = Pattern.compile("(?i)^--\\s*changeset\\s+\\S.*");
    private static final Pattern NO_SPLIT = Pattern.compile("(?i)\\ssplitStatements:\\s*false\\b");
    private static final Pattern ROLLBACK = Pattern.compile("(?i)^--\\s*rollback(?::\\s*|\\s+|$)(.*)$");
    private static final Pattern ROLLBACK_BLOCK = Pattern.compile("(?i)^/\\*\\s*liquibase\\s+rollback\\s*(.*)$");
    private static final Pattern NOTHING_TO_ROLL_BACK = Pattern.compile("(?i)^(not required|empty)\\s*;?\\s*$");

    @Override
    public List<MigrationFile> read(List<DirectoryEntry> entries, List<DirectoryProblem> problems) {
        List<MigrationFile> files = new ArrayList<>();
        for (DirectoryEntry e : entries) {
            Optional<String[]> name = AtlasFormat.split(e.fileName());
            if (name.isEmpty()) {
                problems.add(Problems.nameMismatch(e.name(), "liquibase", AtlasFormat.EXPECTED));
                continue;
            }
            Text.decode(e, problems).ifPresent(text -> parse(e, name.get()[0], name.get()[1], text, problems, files));
        }
        Problems.duplicates(files, MigrationFile::version, Comparator.naturalOrder(), "version", problems);
        return files;
    }

    private static void parse(DirectoryEntry e, String version, String description, String text,
                              List<DirectoryProblem> problems, List<MigrationFile> files) {
        List<Text.Line> lines = Text.lines(text);
        if (lines.isEmpty() || !HEADER.matcher(lines.get(0).content().strip()).matches()) {
            files.add(new MigrationFile(e.name(), version, description, MigrationKind.VERSIONED, e.bytes(),
                    AtlasFormat.whole(text), List.of()));
            return;
        }
        List<SqlBlock> up = new ArrayList<>();
        List<SqlBlock> down = new ArrayList<>();
        Changeset current = null;
        int before = problems.size();
        boolean inRollbackBlock = false;
        for (Text.Line line : lines.subList(1, lines.size())) {
            String t = line.content().strip();
            if (inRollbackBlock) {
                int end = t.indexOf("*/");
                if (end < 0) current.rollback(line.raw(), line.number());
                else if (end > 0) current.rollback(t.substring(0, end) + line.ending(), line.number());
                inRollbackBlock = end < 0;
                continue;
            }
            if (CHANGESET.matcher(t).matches()) {
                if (current != null) current.finish(up, down);
                current = new Changeset(line, NO_SPLIT.matcher(t).find());
                continue;
            }
            if (current == null) {
                if (!line.isBlank() && !t.startsWith("--")) {
                    problems.add(Problems.malformed(e.name(), line.number(), "SQL before the first \"--changeset\" belongs to no changeset",
                            "move it under a \"--changeset author:id\" line"));
                }
                continue;
            }
            Matcher rollback = ROLLBACK.matcher(t);
            Matcher block = ROLLBACK_BLOCK.matcher(t);
            if (rollback.matches()) {
                current.rollback(rollback.group(1) + line.ending(), line.number());
            } else if (block.matches()) {
                String rest = block.group(1);
                int end = rest.indexOf("*/");
                if (end >= 0) current.rollback(rest.substring(0, end) + line.ending(), line.number());
                else if (!rest.isBlank()) current.rollback(rest + line.ending(), line.number());
                inRollbackBlock = end < 0;
            } else {
                current.body.append(line.raw());
            }
        }
        if (inRollbackBlock) {
            problems.add(Problems.malformed(e.name(), lines.get(lines.size() - 1).number(), "a \"/* liquibase rollback\" block is not closed",
                    "end it with \"*/\""));
        }
        if (problems.size() > before) return;
        if (current != null) current.finish(up, down);
        Collections.reverse(down); // Liquibase rolls back the newest changeset first
        files.add(new MigrationFile(e.name(), version, description, MigrationKind.VERSIONED, e.bytes(), up, down));
    }

    /** A changeset being read: its up text (from the --changeset line) and its rollback text. */
    private static final class Changeset {
        final StringBuilder body;
        final int line;
        final boolean singleStatement;
        final StringBuilder rollback = new StringBuilder();
        int rollbackLine;

        Changeset(Text.Line first, boolean singleStatement) {
            this.body = new StringBuilder(first.raw());
            this.line = first.number();
            this.singleStatement = singleStatement;
        }

        void rollback(String sql, int at) {
            if (NOTHING_TO_ROLL_BACK.matcher(sql.strip()).matches()) return;
            if (rollback.length() == 0) rollbackLine = at;
            rollback.append(sql);
        }

        void finish(List<SqlBlock> up, List<SqlBlock> down) {
            up.add(new SqlBlock(body.toString(), line, singleStatement));
            if (!rollback.toString().isBlank()) down.add(new SqlBlock(rollback.toString(), rollbackLine, false));
        }
    }
}
