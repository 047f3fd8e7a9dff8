package io.atlas4j.hcl.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out HCL source as {@code atlas schema fmt} does, changing whitespace only: two spaces per nesting level, the
 * {@code =} of consecutive attributes of one body aligned, one space around it, no trailing spaces, at most one blank
 * line in a row (none at the start and end of a body), and one blank line after a block that a block follows. Nothing
 * is reordered; comments stay where they are; heredoc bodies, multi-line comments and strings are kept byte for byte.
 */
public final class Layout {
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*=(?!=)(.*)");
    private static final Pattern BLOCK_START = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*([ \\t].*)?\\{.*");
    private static final Pattern HEREDOC = Pattern.compile("<<-?([A-Za-z_][A-Za-z0-9_-]*)$");

    private Layout() {
    }

    /** One physical line and what the scan learned about it. */
    private static final class Line {
        String text;
        boolean verbatim;
        int level;
        Object frame;
        boolean attribute;
        String name;
        String rest;
        boolean opens;
        boolean blank;
    }

    /** An open bracket: its character and the line that opened it. */
    private record Frame(char c, int line) {
    }

    /** {@return the source laid out; the caller has checked that it parses} */
    public static String format(String source) {
        String[] raw = source.replace("\r\n", "\n").split("\n", -1);
        List<Line> lines = scan(raw);
        align(lines);
        return render(lines);
    }

    private static List<Line> scan(String[] raw) {
        List<Line> out = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        String heredoc = null;
        boolean comment = false;
        for (int i = 0; i < raw.length; i++) {
            Line l = new Line();
            l.text = raw[i];
            out.add(l);
            if (heredoc != null) {
                l.verbatim = true;
                if (raw[i].strip().equals(heredoc)) {
                    heredoc = null;
                }
                continue;
            }
            boolean inString = !stack.isEmpty() && (stack.peek().c() == '"' || stack.peek().c() == '$');
            l.verbatim = comment || inString;
            String t = raw[i].strip();
            l.blank = !l.verbatim && t.isEmpty();
            int closers = 0;
            while (closers < t.length() && "}])".indexOf(t.charAt(closers)) >= 0) {
                closers++;
            }
            List<Frame> frames = new ArrayList<>(stack);
            // Deque iteration runs from the top; the frames still open after the leading closers are the bottom ones.
            List<Frame> open = frames.subList(Math.min(closers, frames.size()), frames.size());
            l.level = (int) open.stream().map(Frame::line).distinct().count();
            l.frame = stack.peek();
            int before = stack.size();
            String text = raw[i];
            int j = 0;
            while (j < text.length()) {
                char c = text.charAt(j);
                char top = stack.isEmpty() ? 0 : stack.peek().c();
                if (comment) {
                    if (c == '*' && j + 1 < text.length() && text.charAt(j + 1) == '/') {
                        comment = false;
                        j += 2;
                    } else {
                        j++;
                    }
                    continue;
                }
                if (top == '"') {
                    if (c == '\\') {
                        j += 2;
                    } else if (c == '"') {
                        stack.pop();
                        j++;
                    } else if ((c == '$' || c == '%') && j + 2 < text.length() && text.charAt(j + 1) == c
                            && text.charAt(j + 2) == '{') {
                        j += 3; // $${ and %%{ are escapes, not interpolations
                    } else if ((c == '$' || c == '%') && j + 1 < text.length() && text.charAt(j + 1) == '{') {
                        stack.push(new Frame('$', i));
                        j += 2;
                    } else {
                        j++;
                    }
                    continue;
                }
                if (c == '#' || c == '/' && j + 1 < text.length() && text.charAt(j + 1) == '/') {
                    break;
                }
                if (c == '/' && j + 1 < text.length() && text.charAt(j + 1) == '*') {
                    comment = true;
                    j += 2;
                    continue;
                }
                if (c == '"') {
                    stack.push(new Frame('"', i));
                } else if (c == '{' || c == '[' || c == '(') {
                    stack.push(new Frame(c, i));
                } else if (c == '}' || c == ']' || c == ')') {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                } else if (c == '<' && j + 1 < text.length() && text.charAt(j + 1) == '<') {
                    Matcher m = HEREDOC.matcher(stripComment(text.substring(j)).stripTrailing());
                    if (m.matches()) {
                        heredoc = m.group(1);
                        break;
                    }
                }
                j++;
            }
            if (l.verbatim) {
                continue;
            }
            l.opens = stack.size() > before || heredoc != null || comment;
            char enclosing = l.frame == null ? '{' : ((Frame) l.frame).c();
            Matcher m = ATTRIBUTE.matcher(t);
            if (enclosing == '{' && m.matches()) {
                l.attribute = true;
                l.name = m.group(1);
                l.rest = m.group(2).strip();
            }
            // A line that ends inside a string keeps its trailing characters.
            if (!stack.isEmpty() && (stack.peek().c() == '"' || stack.peek().c() == '$')) {
                l.text = l.text.stripLeading();
            } else {
                l.text = t;
            }
        }
        return out;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf('#');
        int slash = s.indexOf("//");
        int cut = hash < 0 ? slash : slash < 0 ? hash : Math.min(hash, slash);
        return cut < 0 ? s : s.substring(0, cut);
    }

    /** Pads the names of consecutive single-line attributes of one body to the longest. */
    private static void align(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            Line first = lines.get(i);
            if (first.verbatim || !first.attribute) {
                i++;
                continue;
            }
            int end = i + 1;
            Line prev = first;
            while (end < lines.size() && !prev.opens) {
                Line next = lines.get(end);
                if (next.verbatim || !next.attribute || next.level != first.level || next.frame != first.frame) {
                    break;
                }
                prev = next;
                end++;
            }
            int width = 0;
            for (int k = i; k < end; k++) {
                width = Math.max(width, lines.get(k).name.length());
            }
            for (int k = i; k < end; k++) {
                Line l = lines.get(k);
                l.text = l.name + " ".repeat(width - l.name.length()) + " =" + (l.rest.isEmpty() ? "" : " " + l.rest);
            }
            i = end;
        }
    }

    private static String render(List<Line> lines) {
        List<String> out = new ArrayList<>();
        List<Boolean> outBlank = new ArrayList<>();
        // Whether the last line written opened a body: blank lines right after it are dropped.
        boolean lastOpens = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.verbatim) {
                out.add(l.text);
                outBlank.add(false);
                lastOpens = false;
                continue;
            }
            if (l.blank) {
                boolean afterOpen = out.isEmpty() || lastOpens;
                boolean repeated = !outBlank.isEmpty() && outBlank.get(outBlank.size() - 1);
                Line next = nextNonBlank(lines, i);
                boolean beforeClose = next == null || !next.verbatim && next.text.startsWith("}");
                if (!afterOpen && !repeated && !beforeClose) {
                    out.add("");
                    outBlank.add(true);
                }
                continue;
            }
            out.add("  ".repeat(l.level) + l.text);
            outBlank.add(false);
            lastOpens = l.text.endsWith("{");
            // A block closed and another block follows at the same level: one blank line between them.
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (l.text.equals("}") && next != null && !next.verbatim && !next.blank && next.level == l.level
                    && !next.attribute && BLOCK_START.matcher(next.text).matches()) {
                out.add("");
                outBlank.add(true);
                lastOpens = false;
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static Line nextNonBlank(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).blank) {
                return lines.get(k);
            }
        }
        return null;
    }
}
