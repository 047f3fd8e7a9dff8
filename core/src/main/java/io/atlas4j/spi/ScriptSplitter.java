package io.atlas4j.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQL script into statements, honouring quotes, comments and the dialect's block
 * syntax: PostgreSQL dollar quotes, BEGIN ... END trigger bodies (SQLite, MySQL), MySQL's
 * {@code DELIMITER} directive and SQL Server's {@code GO} batches. Immutable; withers return copies.
 */
public record ScriptSplitter(boolean dollarQuotes, boolean backticks, boolean blocks, boolean delimiterDirective,
                             boolean goBatches) {

    public static ScriptSplitter standard() {
        return new ScriptSplitter(false, false, false, false, false);
    }

    public ScriptSplitter withDollarQuotes() {
        return new ScriptSplitter(true, backticks, blocks, delimiterDirective, goBatches);
    }

    public ScriptSplitter withBackticks() {
        return new ScriptSplitter(dollarQuotes, true, blocks, delimiterDirective, goBatches);
    }

    /** Keeps {@code BEGIN ... END} bodies of CREATE TRIGGER/FUNCTION/PROCEDURE statements whole. */
    public ScriptSplitter withBlocks() {
        return new ScriptSplitter(dollarQuotes, backticks, true, delimiterDirective, goBatches);
    }

    public ScriptSplitter withDelimiterDirective() {
        return new ScriptSplitter(dollarQuotes, backticks, blocks, true, goBatches);
    }

    public ScriptSplitter withGoBatches() {
        return new ScriptSplitter(dollarQuotes, backticks, blocks, delimiterDirective, true);
    }

    public List<ScriptStatement> split(String script) {
        List<ScriptStatement> out = new ArrayList<>();
        String delimiter = ";";
        StringBuilder cur = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int depth = 0;          // open BEGIN/CASE blocks inside a routine or trigger body
        boolean routine = false; // the current statement creates a trigger/function/procedure
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            // Directives and batch separators only count at the start of a line.
            if ((delimiterDirective || goBatches) && atLineStart(script, i) && cur.toString().isBlank()) {
                int eol = script.indexOf('\n', i);
                String lineText = script.substring(i, eol < 0 ? n : eol).trim();
                if (delimiterDirective && lineText.toUpperCase(Locale.ROOT).startsWith("DELIMITER ")) {
                    delimiter = lineText.substring(10).trim();
                    i = eol < 0 ? n : eol;
                    continue;
                }
            }
            if (goBatches && atLineStart(script, i)) {
                int eol = script.indexOf('\n', i);
                String lineText = script.substring(i, eol < 0 ? n : eol).trim();
                if (lineText.equalsIgnoreCase("GO")) {
                    flush(out, cur, startLine);
                    cur.setLength(0);
                    startLine = -1;
                    i = eol < 0 ? n : eol;
                    continue;
                }
            }
            if (c == '\n') line++;
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-' || c == '#' && backticks) {
                int eol = script.indexOf('\n', i);
                int end = eol < 0 ? n : eol;
                if (startLine >= 0) cur.append(script, i, end);
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                String comment = script.substring(i, end);
                line += count(comment, '\n');
                if (startLine >= 0) cur.append(comment);
                i = end;
                continue;
            }
            if (startLine < 0 && !Character.isWhitespace(c)) startLine = line;
            if (c == '\'' || c == '"' || (c == '`' && backticks) || (c == '[' && goBatches)) {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    char d = script.charAt(j);
                    if (d == '\\' && c == '\'' && backticks && j + 1 < n) {
                        j += 2;
                        continue;
                    }
                    if (d == close) {
                        if (j + 1 < n && script.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int end = Math.min(n, j + 1);
                String quoted = script.substring(i, end);
                line += count(quoted, '\n');
                cur.append(quoted);
                i = end;
                continue;
            }
            if (c == '$' && dollarQuotes) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) j++;
                if (j < n && script.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(script.charAt(i + 1)))) {
                    String tag = script.substring(i, j + 1);
                    int close = script.indexOf(tag, j + 1);
                    int end = close < 0 ? n : close + tag.length();
                    String body = script.substring(i, end);
                    line += count(body, '\n');
                    cur.append(body);
                    i = end;
                    continue;
                }
            }
            if (blocks && Character.isLetter(c) && (i == 0 || !isWordChar(script.charAt(i - 1)))) {
                int j = i;
                while (j < n && isWordChar(script.charAt(j))) j++;
                String word = script.substring(i, j).toUpperCase(Locale.ROOT);
                cur.append(script, i, j);
                if (!routine && (word.equals("TRIGGER") || word.equals("FUNCTION") || word.equals("PROCEDURE")
                        || word.equals("EVENT")) && startsWithCreate(cur)) {
                    routine = true;
                } else if (routine && (word.equals("BEGIN") || word.equals("CASE")) && !nextWordIs(script, j, "TRANSACTION")) {
                    depth++;
                } else if (routine && word.equals("END") && depth > 0) {
                    if (!nextWordIs(script, j, "IF") && !nextWordIs(script, j, "LOOP") && !nextWordIs(script, j, "WHILE")
                            && !nextWordIs(script, j, "REPEAT") && !nextWordIs(script, j, "CASE")) {
                        depth--;
                    }
                }
                i = j;
                continue;
            }
            if (script.startsWith(delimiter, i) && depth == 0) {
                flush(out, cur, startLine);
                cur.setLength(0);
                startLine = -1;
                routine = false;
                i += delimiter.length();
                continue;
            }
            cur.append(c);
            i++;
        }
        flush(out, cur, startLine);
        return out;
    }

    private static boolean nextWordIs(String s, int from, String word) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return s.regionMatches(true, i, word, 0, word.length())
                && (i + word.length() >= s.length() || !isWordChar(s.charAt(i + word.length())));
    }

    private static boolean startsWithCreate(StringBuilder cur) {
        return cur.toString().stripLeading().regionMatches(true, 0, "CREATE", 0, 6);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean atLineStart(String s, int i) {
        return i == 0 || s.charAt(i - 1) == '\n';
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }

    private static void flush(List<ScriptStatement> out, StringBuilder cur, int startLine) {
        String sql = cur.toString().strip();
        if (!sql.isEmpty() && !isOnlyComments(sql)) out.add(new ScriptStatement(sql, startLine < 0 ? 1 : startLine));
    }

    private static boolean isOnlyComments(String sql) {
        for (String l : sql.split("\n")) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("--")) return false;
        }
        return true;
    }
}
