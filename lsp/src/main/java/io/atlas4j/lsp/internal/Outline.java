package io.atlas4j.lsp.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A forgiving reading of an HCL text's block structure, for completion while the user types: text the parser
 * rejects ({@code type = }, {@code columns = [column.}, a half-typed word) is skipped, not an error. It knows
 * blocks (type, labels, where they open and close), the attribute names of each block, strings, heredocs and
 * comments; it does not read expressions beyond their brackets.
 *
 * <p>{@link #tree} reads a whole text; {@link #at} reads up to an offset and tells where that offset is.
 */
public final class Outline {
    /** A block as written: its type, labels, children and attribute names; the root has type {@code ""}. */
    public static final class Node {
        private final String type;
        private final List<String> labels;
        private final int start;
        private final List<Node> children = new ArrayList<>();
        private final Set<String> attributes = new LinkedHashSet<>();

        Node(String type, List<String> labels, int start) {
            this.type = type;
            this.labels = List.copyOf(labels);
            this.start = start;
        }

        public String type() {
            return type;
        }

        /** {@return the last label (the name, for {@code table "schema" "name"}), or empty} */
        public Optional<String> name() {
            return labels.isEmpty() ? Optional.empty() : Optional.of(labels.get(labels.size() - 1));
        }

        /** {@return the child blocks of a type, in order} */
        public List<Node> children(String childType) {
            return children.stream().filter(c -> c.type.equals(childType)).toList();
        }

        public Set<String> attributes() {
            return attributes;
        }

        /** {@return this block or a descendant that starts at {@code offset}} */
        Optional<Node> find(int offset) {
            if (start == offset) {
                return Optional.of(this);
            }
            for (Node c : children) {
                Optional<Node> f = c.find(offset);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
    }

    /** Where an offset is. */
    public enum Where {
        /** In a body where an attribute or a block may start; {@link Cursor#tokenStart()} is the word typed so far. */
        BODY,
        /** In an attribute's value. */
        VALUE,
        /** Anywhere else: a block's header, a string, a comment. */
        OTHER
    }

    /**
     * What is around an offset: the enclosing blocks (outermost first, as in the full tree), whether a body item
     * or a value is being typed, the attribute whose value it is, and where the word being typed starts.
     */
    public record Cursor(List<Node> path, Where where, String attribute, int tokenStart) {
        /** {@return the block types of the path} */
        public List<String> types() {
            return path.stream().map(Node::type).toList();
        }
    }

    private final String s;
    private final int limit;
    private int i;
    private final Node root = new Node("", List.of(), -1);
    private final Deque<Node> stack = new ArrayDeque<>();
    private Where where = Where.BODY;
    private String attribute;
    private int tokenStart;

    private Outline(String s, int limit) {
        this.s = s;
        this.limit = limit;
    }

    /** {@return the block tree of a whole text} */
    public static Node tree(String text) {
        Outline o = new Outline(text, text.length());
        o.run();
        return o.root;
    }

    /** {@return where {@code offset} is in {@code text}; the path's nodes are those of {@code tree}} */
    public static Cursor at(String text, int offset, Node tree) {
        Outline o = new Outline(text, Math.max(0, Math.min(offset, text.length())));
        o.run();
        List<Node> path = new ArrayList<>();
        for (Iterator<Node> it = o.stack.descendingIterator(); it.hasNext();) {
            Node n = it.next();
            if (n != o.root) {
                path.add(tree.find(n.start).orElse(n));
            }
        }
        int tokenStart = o.where == Where.VALUE ? wordStart(text, o.limit) : o.tokenStart;
        return new Cursor(List.copyOf(path), o.where, o.attribute, tokenStart);
    }

    /** The start of the identifier-and-dots word that ends at {@code end}. */
    private static int wordStart(String text, int end) {
        int b = end;
        while (b > 0 && (isIdPart(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return b;
    }

    private void run() {
        stack.push(root);
        while (true) {
            where = Where.BODY;
            attribute = null;
            if (!skipBlank(true)) {
                return;
            }
            tokenStart = i;
            if (i >= limit) {
                return;
            }
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                if (stack.size() > 1) {
                    stack.pop();
                }
                continue;
            }
            if (!isIdStart(c)) {
                i++; // not HCL; skip it
                continue;
            }
            int start = i;
            String word = word();
            if (i >= limit) {
                return; // the word being typed
            }
            where = Where.OTHER;
            if (!skipBlank(false) || i >= limit) {
                return;
            }
            if (s.charAt(i) == '=' && peek(1) != '=') {
                i++;
                stack.peek().attributes.add(word);
                where = Where.VALUE;
                attribute = word;
                if (!value()) {
                    return;
                }
                continue;
            }
            if (!header(word, start)) {
                return;
            }
        }
    }

    /**
     * Labels up to '{' (opens the block) or the end of the line (not a block after all); false when the limit falls
     * inside the header.
     */
    private boolean header(String type, int start) {
        List<String> labels = new ArrayList<>();
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '"') {
                String label = quoted();
                if (label == null) {
                    return false;
                }
                labels.add(label);
            } else if (isIdStart(c)) {
                labels.add(word());
            } else if (c == '{') {
                i++;
                Node n = new Node(type, labels, start);
                stack.peek().children.add(n);
                stack.push(n);
                return true;
            } else if (c == '\n' || c == '}') {
                return true;
            } else {
                i++;
            }
            if (!skipBlank(false)) {
                return false;
            }
        }
        return false;
    }

    /** An attribute's value, up to the newline or '}' that ends it; false when the limit came first. */
    private boolean value() {
        int depth = 0;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted() == null) {
                    return false;
                }
            } else if (c == '<' && peek(1) == '<') {
                if (!heredoc()) {
                    return false;
                }
            } else if (c == '#' || c == '/' && (peek(1) == '/' || peek(1) == '*')) {
                if (!skipBlank(depth > 0)) {
                    return false;
                }
            } else if (c == '[' || c == '(' || c == '{') {
                depth++;
                i++;
            } else if (c == ']' || c == ')' || c == '}') {
                if (depth == 0 && c == '}') {
                    return true; // closes the enclosing block: the body loop reads it
                }
                depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '\n' && depth == 0) {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    /** Skips spaces, comments and (when {@code newlines}) line ends; false when the limit falls inside a comment. */
    private boolean skipBlank(boolean newlines) {
        while (i < limit) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' && newlines) {
                i++;
            } else if (c == '#' || c == '/' && peek(1) == '/') {
                while (i < limit && s.charAt(i) != '\n') {
                    i++;
                }
                if (i >= limit) {
                    where = Where.OTHER;
                    return false;
                }
            } else if (c == '/' && peek(1) == '*') {
                int close = s.indexOf("*/", i + 2);
                if (close < 0 || close + 2 > limit) {
                    i = limit;
                    where = Where.OTHER;
                    return false;
                }
                i = close + 2;
            } else {
                return true;
            }
        }
        return true;
    }

    /** A quoted string from its '"', with {@code ${...}}; null when the limit falls inside it. */
    private String quoted() {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < limit) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                i++;
                return b.toString();
            } else if (c == '\n') {
                return b.toString(); // unterminated: the parser reports it
            } else if (c == '$' && peek(1) == '{') {
                i += 2;
                int depth = 1;
                while (i < limit && depth > 0) {
                    char x = s.charAt(i);
                    if (x == '"') {
                        if (quoted() == null) {
                            return null;
                        }
                        continue;
                    }
                    depth += x == '{' ? 1 : x == '}' ? -1 : 0;
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        where = Where.OTHER;
        return null;
    }

    /** A heredoc from its {@code <<}; false when the limit falls inside it. */
    private boolean heredoc() {
        i += 2;
        if (peek(0) == '-') {
            i++;
        }
        String marker = isIdStart(peek(0)) ? word() : "";
        while (i < limit) {
            int eol = s.indexOf('\n', i);
            int lineEnd = eol < 0 ? s.length() : eol;
            if (lineEnd >= limit) {
                break;
            }
            i = lineEnd + 1;
            int next = s.indexOf('\n', i);
            String line = s.substring(i, next < 0 ? s.length() : next).strip();
            if (!marker.isEmpty() && line.equals(marker)) {
                int end = next < 0 ? s.length() : next;
                if (end > limit) {
                    break;
                }
                i = end;
                return true;
            }
        }
        i = limit;
        where = Where.OTHER;
        return false;
    }

    private String word() {
        int b = i;
        while (i < limit && isIdPart(s.charAt(i))) {
            i++;
        }
        return s.substring(b, i);
    }

    private char peek(int n) {
        return i + n < limit ? s.charAt(i + n) : '\0';
    }

    private static boolean isIdStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
