package io.atlas4j.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One pass over one script. All state lives here, created per call, so a {@link ScriptSplitter}
 * stays immutable and can be shared between threads.
 *
 * <p>The scan is a single left-to-right walk. Between statements it skips whitespace, collects
 * comments and runs client commands ({@code DELIMITER}, {@code GO}); inside a statement it jumps
 * over quoted text and comments and counts parentheses and {@code BEGIN ... END} blocks, and the
 * delimiter ends the statement only where both counts are zero.
 */
final class ScriptScanner {
    private static final String SEMICOLON = ";";
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "FUNCTION", "PROCEDURE", "PROC", "EVENT");
    // BEGIN followed by one of these starts a transaction or a T-SQL conversation, not a block.
    private static final Set<String> NOT_A_BLOCK = Set.of("TRANSACTION", "TRAN", "WORK", "DISTRIBUTED", "DEFERRED", "IMMEDIATE",
            "EXCLUSIVE", "DIALOG", "CONVERSATION");
    // END IF, END LOOP, ... close constructs BEGIN and CASE did not open.
    private static final Set<String> ENDS_OTHER = Set.of("IF", "LOOP", "WHILE", "REPEAT");
    private static final String DELIMITER_COMMAND = "DELIMITER";

    private final String src;
    private final int n;
    private final boolean dollarQuotes;
    private final boolean escapeStrings;
    private final boolean backslashEscapes;
    private final boolean backticks;
    private final boolean brackets;
    private final boolean hashComments;
    private final boolean blocks;
    private final boolean beginAtomic;
    private final boolean delimiterCommand;
    private final boolean goBatches;
    private final List<ScriptStatement> out = new ArrayList<>();
    private String delimiter = SEMICOLON;
    private int lastEnd = -1; // where the previous statement or client command ended

    // The statement being read: start < 0 until its first character.
    private int start = -1;
    private final List<String> comments = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private int parens;
    private int depth;
    private boolean routine;
    private String firstWord;

    // Line, column and UTF-8 offset of `cursor`; positions are asked for in increasing order.
    private int cursor;
    private int line = 1;
    private int lineStart;
    private int bytes;

    ScriptScanner(String script, Set<ScriptFeature> features) {
        this.src = script;
        this.n = script.length();
        this.dollarQuotes = features.contains(ScriptFeature.DOLLAR_QUOTES);
        this.escapeStrings = features.contains(ScriptFeature.ESCAPE_STRINGS);
        this.backslashEscapes = features.contains(ScriptFeature.BACKSLASH_ESCAPES);
        this.backticks = features.contains(ScriptFeature.BACKTICKS);
        this.brackets = features.contains(ScriptFeature.BRACKETS);
        this.hashComments = features.contains(ScriptFeature.HASH_COMMENTS);
        this.blocks = features.contains(ScriptFeature.BLOCKS);
        this.beginAtomic = features.contains(ScriptFeature.BEGIN_ATOMIC);
        this.delimiterCommand = features.contains(ScriptFeature.DELIMITER_COMMAND);
        this.goBatches = features.contains(ScriptFeature.GO_BATCHES);
    }

    ParsedScript scan() {
        ScriptDirectives file = header();
        file.delimiter().ifPresent(d -> delimiter = d);
        int i = 0;
        while (i < n) i = step(i);
        if (start >= 0) emit(n);
        return new ParsedScript(file, out);
    }

    /** The leading run of comment lines; see {@link ScriptDirectives} for when they count. */
    private ScriptDirectives header() {
        List<Directive> all = new ArrayList<>();
        int i = 0;
        int ln = 1;
        while (i < n && (src.startsWith("--", i) || src.charAt(i) == '#')) {
            int eol = lineEnd(i);
            Directive.parse(src.substring(i, eol).strip(), ln).ifPresent(all::add);
            i = eol < n ? eol + 1 : n;
            ln++;
        }
        int j = i;
        while (j < n && (src.charAt(j) == ' ' || src.charAt(j) == '\t' || src.charAt(j) == '\r')) j++;
        boolean detached = j < n && src.charAt(j) == '\n';
        List<Directive> kept = new ArrayList<>();
        for (Directive d : all) {
            boolean isDelimiter = d.name().equals("delimiter");
            if (isDelimiter && d.args().isEmpty()) {
                throw new ScriptException(d.line(), 0, "atlas:delimiter needs a delimiter after it, e.g. \"-- atlas:delimiter //\"");
            }
            if (detached || isDelimiter) kept.add(d);
        }
        return new ScriptDirectives(kept);
    }

    private int step(int i) {
        char c = src.charAt(i);
        // A GO line is checked from the line break before it, ahead of a delimiter such as "\nGO".
        if (goBatches && (c == '\n' || i == 0)) {
            int lineAt = c == '\n' ? i + 1 : 0;
            int end = goLineEnd(lineAt);
            if (end >= 0) {
                if (start >= 0) emit(i);
                else blank(lineAt);
                lastEnd = end;
                return end;
            }
        }
        if (start < 0) {
            int next = between(i);
            if (next >= 0) return next;
            begin(i);
        }
        return inside(i);
    }

    /** Before a statement's first character: {@return where to go on, or -1 when a statement starts at i} */
    private int between(int i) {
        char c = src.charAt(i);
        if (Character.isWhitespace(c)) return i + 1;
        if (delimiterCommand && isDelimiterCommand(i)) return delimiterCommand(i);
        int end = commentEnd(i, true);
        if (end >= 0) {
            comment(i, end);
            return end;
        }
        if (src.startsWith(delimiter, i)) {
            // A delimiter with nothing before it ends nothing.
            forgetComments();
            lastEnd = i + delimiter.length();
            return lastEnd;
        }
        return -1;
    }

    private void begin(int i) {
        start = i;
        parens = 0;
        depth = 0;
        routine = false;
        firstWord = null;
    }

    private int inside(int i) {
        if (parens == 0 && depth == 0 && src.startsWith(delimiter, i)) {
            int end = i + delimiter.length();
            // Atlas keeps a ';' in the statement's text and drops a custom delimiter.
            emit(SEMICOLON.equals(delimiter) ? end : i);
            lastEnd = end;
            return end;
        }
        char c = src.charAt(i);
        switch (c) {
            case '\'', '"' -> {
                return quoteEnd(i, c);
            }
            case '`' -> {
                if (backticks) return quoteEnd(i, c);
            }
            case '[' -> {
                if (brackets) return quoteEnd(i, c);
            }
            case '$' -> {
                int end = dollarQuotes ? dollarEnd(i) : -1;
                if (end >= 0) return end;
            }
            case '-', '/', '#' -> {
                int end = commentEnd(i, false);
                if (end >= 0) return end;
            }
            case '(' -> parens++;
            case ')' -> parens = Math.max(0, parens - 1);
            default -> {
                if (isWordStart(i)) return word(i);
            }
        }
        return i + 1;
    }

    /** A comment before a statement: part of the statement's group unless something detaches it. */
    private void comment(int from, int to) {
        String text = src.substring(from, to).strip();
        // On the line where the previous statement ended, it is about that statement, not the next.
        boolean trailing = lastEnd > 0 && src.charAt(lastEnd - 1) != '\n' && src.lastIndexOf('\n', from - 1) < lastEnd;
        if (!trailing) {
            Optional<Directive> d = Directive.parse(text, lineOf(from));
            // The file's delimiter directive is the file's, never a statement's.
            if (d.isEmpty() || !d.get().name().equals("delimiter")) {
                comments.add(text);
                d.ifPresent(directives::add);
            }
        }
        // A blank line ends the group: what follows is not what it describes.
        int newlines = 0;
        for (int k = to; k < n && Character.isWhitespace(src.charAt(k)); k++) if (src.charAt(k) == '\n') newlines++;
        if (newlines >= 2) forgetComments();
    }

    private void forgetComments() {
        comments.clear();
        directives.clear();
    }

    private void emit(int end) {
        String text = src.substring(start, end).strip();
        out.add(statement(text, start));
        start = -1;
        forgetComments();
    }

    /** An empty GO batch: Atlas counts it, and {@link ParsedScript#executable()} leaves it out. */
    private void blank(int at) {
        out.add(statement("", at));
        forgetComments();
    }

    private ScriptStatement statement(String text, int at) {
        int ln = lineOf(at);
        return new ScriptStatement(text, ln, at - lineStart + 1, at, bytes, comments, new ScriptDirectives(directives));
    }

    private int lineOf(int at) {
        for (; cursor < at; cursor++) {
            char ch = src.charAt(cursor);
            // A surrogate pair is one 4-byte code point: 2 bytes for each half.
            bytes += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
            if (ch == '\n') {
                line++;
                lineStart = cursor + 1;
            }
        }
        return line;
    }

    // ---- quoted text and comments

    private int quoteEnd(int i, char open) {
        char close = open == '[' ? ']' : open;
        boolean escapes = open == '\'' && (backslashEscapes || escapeStrings && isEscapeStringPrefix(i))
                || open == '"' && backslashEscapes;
        for (int j = i + 1; j < n; j++) {
            char d = src.charAt(j);
            if (escapes && d == '\\') {
                j++;
            } else if (d == close) {
                if (j + 1 < n && src.charAt(j + 1) == close) {
                    j++; // a doubled closing quote is one quote character
                } else {
                    return j + 1;
                }
            }
        }
        // Unterminated: the rest of the script, and the database reports the error with its own position.
        return n;
    }

    /** PostgreSQL's E'...' (or e'...'): the E must be a token of its own, not the end of a word. */
    private boolean isEscapeStringPrefix(int quote) {
        if (quote < 1) return false;
        char e = src.charAt(quote - 1);
        return (e == 'E' || e == 'e') && (quote < 2 || !isWordChar(src.charAt(quote - 2)));
    }

    /** {@return the end of a dollar-quoted string starting at i, or -1 when the $ starts none} */
    private int dollarEnd(int i) {
        // a$1 is an identifier, and $1 a parameter: neither opens a quote.
        if (i > 0 && isWordChar(src.charAt(i - 1))) return -1;
        int j = i + 1;
        if (j < n && (Character.isLetter(src.charAt(j)) || src.charAt(j) == '_')) {
            j++;
            while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
        }
        if (j >= n || src.charAt(j) != '$') return -1;
        String tag = src.substring(i, j + 1);
        int close = src.indexOf(tag, j + 1);
        return close < 0 ? n : close + tag.length();
    }

    /**
     * {@return the end of a comment starting at i (a line comment ends before its line break), or -1}
     *
     * @param atStart whether no statement text precedes i: there {@code #} always starts a comment
     */
    private int commentEnd(int i, boolean atStart) {
        if (src.startsWith("--", i)) return lineEnd(i);
        if (src.startsWith("/*", i)) {
            int close = src.indexOf("*/", i + 2);
            return close < 0 ? n : close + 2;
        }
        if (src.charAt(i) == '#' && (hashComments || atStart)) return lineEnd(i);
        return -1;
    }

    private int lineEnd(int i) {
        int eol = src.indexOf('\n', i);
        return eol < 0 ? n : eol;
    }

    // ---- words: routine bodies

    private boolean isWordStart(int i) {
        char c = src.charAt(i);
        if (!Character.isLetter(c) && c != '_') return false;
        if (i == 0) return true;
        // new.begin, @begin and #begin are names, not keywords.
        char p = src.charAt(i - 1);
        return !isWordChar(p) && p != '.' && p != '@' && p != '#';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private int word(int i) {
        int j = i + 1;
        // A delimiter may end a word: "select * from t1MySQL" under DELIMITER 'MySQL', "END$$" under $$.
        while (j < n && isWordChar(src.charAt(j)) && !src.startsWith(delimiter, j)) j++;
        // With a custom delimiter the author marks every end: bodies need no tracking (as in Atlas).
        if ((blocks || beginAtomic) && SEMICOLON.equals(delimiter)) return track(src.substring(i, j).toUpperCase(Locale.ROOT), i, j);
        return j;
    }

    /** Counts the blocks a keyword opens or closes; {@return where to go on} */
    private int track(String word, int at, int end) {
        if (firstWord == null) firstWord = at == start ? word : "";
        switch (word) {
            case "BEGIN" -> {
                String next = nextWord(end);
                if (beginAtomic && next.equals("ATOMIC") && (depth > 0 || parens == 0)) {
                    depth++;
                } else if (!NOT_A_BLOCK.contains(next) && (depth > 0 || blocks && routine && parens == 0)) {
                    depth++;
                }
            }
            case "CASE" -> {
                if (depth > 0) depth++;
            }
            case "END" -> {
                String next = nextWord(end);
                if (depth > 0 && !ENDS_OTHER.contains(next)) {
                    depth--;
                    // The CASE of MySQL's END CASE closes; read as a word it would open another.
                    if (next.equals("CASE")) return skipBlanks(end) + next.length();
                }
            }
            default -> {
                if (blocks && !routine && depth == 0 && parens == 0 && ROUTINES.contains(word)
                        && (firstWord.equals("CREATE") || firstWord.equals("ALTER"))) {
                    routine = true;
                }
            }
        }
        return end;
    }

    /** {@return the word after i, upper-cased, skipping whitespace and comments; empty if none} */
    private String nextWord(int i) {
        int k = skipBlanks(i);
        if (k >= n || !Character.isLetter(src.charAt(k))) return "";
        int j = k;
        while (j < n && isWordChar(src.charAt(j))) j++;
        return src.substring(k, j).toUpperCase(Locale.ROOT);
    }

    /** {@return the first index from i that is neither whitespace nor inside a comment} */
    private int skipBlanks(int i) {
        int k = i;
        while (k < n) {
            if (Character.isWhitespace(src.charAt(k))) {
                k++;
                continue;
            }
            int end = src.startsWith("--", k) || src.startsWith("/*", k) ? commentEnd(k, false) : -1;
            if (end < 0) break;
            k = end;
        }
        return k;
    }

    // ---- client commands

    private boolean isDelimiterCommand(int i) {
        int after = i + DELIMITER_COMMAND.length();
        return after < n && src.regionMatches(true, i, DELIMITER_COMMAND, 0, DELIMITER_COMMAND.length())
                && (src.charAt(after) == ' ' || src.charAt(after) == '\t');
    }

    /** The MySQL client's DELIMITER: the rest of the line, optionally in single quotes. */
    private int delimiterCommand(int i) {
        int eol = lineEnd(i);
        String value = src.substring(i + DELIMITER_COMMAND.length(), eol).strip();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.isEmpty()) {
            int ln = lineOf(i);
            throw new ScriptException(ln, i - lineStart + 1, "DELIMITER needs a delimiter after it, e.g. \"DELIMITER //\"");
        }
        delimiter = ScriptDirectives.unescape(value);
        // Comments above a client command describe the command, not the next statement.
        forgetComments();
        lastEnd = eol;
        return eol;
    }

    /**
     * {@return the end of a {@code GO [count]} line starting at p, or -1 when it is no GO line}
     * Leading blanks and a trailing {@code --} comment are allowed, as sqlcmd allows them; a line
     * such as {@code GOTO x} or {@code GO x} is SQL, not a batch end.
     */
    private int goLineEnd(int p) {
        int k = p;
        while (k < n && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) k++;
        if (k + 2 > n || !src.regionMatches(true, k, "GO", 0, 2)) return -1;
        k += 2;
        if (k < n && !Character.isWhitespace(src.charAt(k))) return -1;
        int eol = lineEnd(k);
        String rest = src.substring(k, eol).strip();
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) digits++;
        String after = rest.substring(digits).strip();
        return after.isEmpty() || after.startsWith("--") ? eol : -1;
    }
}
