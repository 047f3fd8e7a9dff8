package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rename hints from desired SQL: a comment annotation naming the old name, on the line of
 * the CREATE TABLE or of the column.
 *
 * <pre>
 * CREATE TABLE people (            -- atlas:renamed-from users
 *   id INTEGER PRIMARY KEY,
 *   email_address TEXT NOT NULL    -- atlas:renamed-from email
 * );
 * </pre>
 * The hints become {@link DiffOptions} rename hints; nothing is renamed without one.
 */
public final class RenameHints {
    private static final Pattern HINT = Pattern.compile("--\\s*atlas:renamed-from\\s+(\\S+)");
    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+\\]|[\\w$]+)";
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?"
            + "(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:" + IDENT + "\\s*\\.\\s*)?(" + IDENT + "))");
    private static final Pattern FIRST_IDENT = Pattern.compile("^\\s*(" + IDENT + ")");
    private static final java.util.Set<String> NOT_COLUMNS = java.util.Set.of("constraint", "primary", "unique", "foreign",
            "check", "key", "index", "exclude", "fulltext", "spatial");

    private RenameHints() {
    }

    /** {@return the hints of a .sql file or of every .sql file in a directory; none for other formats (HCL)} */
    public static DiffOptions scan(Path source) {
        DiffOptions out = DiffOptions.defaults();
        if (!SqlScript.isSql(source)) return out;
        for (Path f : SqlScript.files(source)) {
            try {
                out = out.merge(scan(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
            } catch (IOException e) {
                throw new InvalidInputException("cannot read \"" + f + "\": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** {@return the hints in SQL text; {@code name} is used in error positions} */
    public static DiffOptions scan(String sql, String name) {
        DiffOptions out = DiffOptions.defaults();
        String table = null;
        int depth = 0;
        String[] lines = sql.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher hint = HINT.matcher(line);
            String code = hint.find() ? line.substring(0, hint.start()) : stripComment(line);
            Matcher create = CREATE_TABLE.matcher(code);
            boolean createsTable = create.find();
            if (createsTable) {
                table = unquote(create.group(2));
                depth = 0;
            }
            if (hint.reset().find()) {
                String from = unquote(hint.group(1));
                Origin at = new Origin(name, i + 1, hint.start() + 1);
                if (createsTable) {
                    out = out.renameTable(from, table);
                } else if (table != null && depth > 0) {
                    Matcher col = FIRST_IDENT.matcher(code);
                    if (!col.find() || NOT_COLUMNS.contains(col.group(1).toLowerCase(Locale.ROOT))) {
                        throw new SchemaParseException(at, "atlas:renamed-from must be on the line of a column definition or of"
                                + " CREATE TABLE: move the annotation to the renamed column's line", null);
                    }
                    out = out.renameColumn(table, from, unquote(col.group(1)));
                } else {
                    throw new SchemaParseException(at, "atlas:renamed-from outside a CREATE TABLE statement: put it on the"
                            + " CREATE TABLE line (table rename) or on a column's line (column rename)", null);
                }
            }
            depth += parens(code);
            if (table != null && depth <= 0 && code.contains(";")) table = null;
        }
        return out;
    }

    private static int parens(String code) {
        int d = 0;
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') d++;
            else if (!quoted && c == ')') d--;
        }
        return d;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '-' && line.charAt(i + 1) == '-') return line.substring(0, i);
        }
        return line;
    }

    static String unquote(String id) {
        if (id.length() >= 2) {
            char a = id.charAt(0), b = id.charAt(id.length() - 1);
            if (a == '"' && b == '"') return id.substring(1, id.length() - 1).replace("\"\"", "\"");
            if (a == '`' && b == '`') return id.substring(1, id.length() - 1).replace("``", "`");
            if (a == '[' && b == ']') return id.substring(1, id.length() - 1);
        }
        return id;
    }
}
