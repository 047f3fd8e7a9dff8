package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Body;
import io.atlas4j.hcl.BodyItem;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.HclException;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.ListExpr;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.ObjectExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the HCL2 native syntax that Atlas schema and project files use: bodies,
 * labelled blocks, attributes, literals, tuples, objects, traversals, function calls, quoted templates with
 * {@code ${}} interpolation, heredocs ({@code <<EOT} and {@code <<-EOT}) and the three comment forms. Operators,
 * conditionals, {@code for} expressions and {@code %{}} directives are not part of Atlas's schema language and are
 * reported as errors. Parsing stops at the first syntax error; its position is exact.
 */
public final class HclParser {
    private final String file;
    private final String src;
    private int pos;
    private int line = 1;
    private int col = 1;

    private HclParser(String file, String src) {
        this.file = file;
        this.src = src;
    }

    /** {@return the parsed file} @throws HclException with one diagnostic at the first syntax error */
    public static HclFile parse(String file, String src) {
        HclParser p = new HclParser(file, src);
        Body body = p.body(false);
        return new HclFile(file, body);
    }

    // ---- bodies -----------------------------------------------------------------------------------------------

    private Body body(boolean nested) {
        List<BodyItem> items = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (eof()) {
                if (nested) {
                    throw error("unclosed block: expected '}'");
                }
                return new Body(items);
            }
            if (peek() == '}') {
                if (!nested) {
                    throw error("unexpected '}'");
                }
                return new Body(items);
            }
            if (!isIdStart(peek())) {
                throw error("expected an attribute or a block, found " + describe());
            }
            int sl = line, sc = col;
            String name = ident();
            Range nameRange = range(sl, sc);
            skipSpace(false);
            if (peek() == '=' && peekAt(1) != '=') {
                advance();
                skipSpace(false);
                Expr value = expr(false);
                Range r = new Range(file, sl, sc, value.range().endLine(), value.range().endColumn());
                items.add(new Attribute(name, value, nameRange, r));
                endOfItem();
            } else {
                List<String> labels = new ArrayList<>();
                List<Range> labelRanges = new ArrayList<>();
                while (!eof() && peek() != '{') {
                    int ll = line, lc = col;
                    if (peek() == '"') {
                        TemplateExpr t = quoted();
                        String label = t.literal().orElseThrow(() -> errorAt(ll, lc, "a block label cannot interpolate"));
                        labels.add(label);
                    } else if (isIdStart(peek())) {
                        labels.add(ident());
                    } else {
                        throw error("expected '=', a block label or '{' after '" + name + "', found " + describe());
                    }
                    labelRanges.add(range(ll, lc));
                    skipSpace(false);
                }
                if (eof()) {
                    throw error("expected '{' to open block '" + name + "'");
                }
                advance(); // {
                Body inner = body(true);
                advance(); // }
                items.add(new Block(name, labels, inner, nameRange, labelRanges, range(sl, sc)));
                endOfItem();
            }
        }
    }

    /** After an attribute or block: a newline, a comment, '}' or the end of input. */
    private void endOfItem() {
        skipSpace(false);
        if (eof() || peek() == '\n' || peek() == '}' || peek() == '\r') {
            return;
        }
        throw error("expected a newline after the item, found " + describe());
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    /** @param nl whether newlines may appear (inside brackets and parentheses) */
    private Expr expr(boolean nl) {
        Expr e = term(nl);
        int savePos = pos, saveLine = line, saveCol = col;
        skipSpace(nl);
        if (!eof()) {
            char c = peek();
            if ("+*/%<>!&|?".indexOf(c) >= 0 || c == '-' || (c == '=' && peekAt(1) == '=')) {
                throw error("operator " + describe() + " is not supported in schema files");
            }
        }
        pos = savePos;
        line = saveLine;
        col = saveCol;
        return e;
    }

    private Expr term(boolean nl) {
        skipSpace(nl);
        if (eof()) {
            throw error("expected an expression, found the end of the file");
        }
        int sl = line, sc = col;
        char c = peek();
        if (c == '"') {
            return quoted();
        }
        if (c == '<' && peekAt(1) == '<') {
            return heredoc();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (c == '[') {
            advance();
            List<Expr> items = new ArrayList<>();
            while (true) {
                skipSpace(true);
                if (peek() == ']') {
                    advance();
                    return new ListExpr(items, range(sl, sc));
                }
                items.add(expr(true));
                skipSpace(true);
                if (peek() == ',') {
                    advance();
                } else if (peek() != ']') {
                    throw error("expected ',' or ']' in list, found " + describe());
                }
            }
        }
        if (c == '{') {
            advance();
            List<ObjectExpr.Item> items = new ArrayList<>();
            while (true) {
                skipSpace(true);
                if (peek() == '}') {
                    advance();
                    return new ObjectExpr(items, range(sl, sc));
                }
                Expr key = term(true);
                skipSpace(true);
                if (peek() != '=' && peek() != ':') {
                    throw error("expected '=' or ':' after an object key, found " + describe());
                }
                advance();
                Expr value = expr(true);
                items.add(new ObjectExpr.Item(key, value));
                skipSpace(false);
                if (peek() == ',') {
                    advance();
                } else if (!eof() && peek() != '}' && peek() != '\n' && peek() != '\r') {
                    throw error("expected ',', a newline or '}' in object, found " + describe());
                }
            }
        }
        if (c == '(') {
            advance();
            Expr inner = expr(true);
            skipSpace(true);
            expect(')');
            return inner;
        }
        if (isIdStart(c)) {
            String name = ident();
            Range nameRange = range(sl, sc);
            switch (name) {
                case "true":
                    return new LiteralExpr(Boolean.TRUE, nameRange);
                case "false":
                    return new LiteralExpr(Boolean.FALSE, nameRange);
                case "null":
                    return new LiteralExpr(null, nameRange);
                default:
                    break;
            }
            if (peek() == '(') {
                advance();
                List<Expr> args = new ArrayList<>();
                while (true) {
                    skipSpace(true);
                    if (peek() == ')') {
                        advance();
                        return new CallExpr(name, args, nameRange, range(sl, sc));
                    }
                    args.add(expr(true));
                    skipSpace(true);
                    if (peek() == ',') {
                        advance();
                    } else if (peek() != ')') {
                        throw error("expected ',' or ')' in the arguments of " + name + "(), found " + describe());
                    }
                }
            }
            List<String> names = new ArrayList<>();
            names.add(name);
            while (!eof()) {
                if (peek() == '.' && isIdStart(peekAt(1))) {
                    advance();
                    names.add(ident());
                } else if (peek() == '[') {
                    advance();
                    skipSpace(true);
                    Expr idx = term(true);
                    skipSpace(true);
                    expect(']');
                    if (idx instanceof TemplateExpr t && t.literal().isPresent()) {
                        names.add(t.literal().get());
                    } else if (idx instanceof LiteralExpr l && l.value() instanceof BigDecimal n) {
                        names.add(n.toPlainString());
                    } else {
                        throw errorAt(idx.range().line(), idx.range().column(), "an index must be a string or a number");
                    }
                } else {
                    break;
                }
            }
            return new TraversalExpr(names, range(sl, sc));
        }
        throw error("expected an expression, found " + describe());
    }

    private LiteralExpr number() {
        int sl = line, sc = col;
        int start = pos;
        if (peek() == '-') {
            advance();
        }
        if (eof() || !Character.isDigit(peek())) {
            throw error("expected a number after '-'");
        }
        while (!eof() && Character.isDigit(peek())) {
            advance();
        }
        if (!eof() && peek() == '.' && Character.isDigit(peekAt(1))) {
            advance();
            while (!eof() && Character.isDigit(peek())) {
                advance();
            }
        }
        if (!eof() && (peek() == 'e' || peek() == 'E')) {
            advance();
            if (!eof() && (peek() == '+' || peek() == '-')) {
                advance();
            }
            if (eof() || !Character.isDigit(peek())) {
                throw error("expected the exponent's digits");
            }
            while (!eof() && Character.isDigit(peek())) {
                advance();
            }
        }
        return new LiteralExpr(new BigDecimal(src.substring(start, pos)), range(sl, sc));
    }

    private TemplateExpr quoted() {
        int sl = line, sc = col;
        advance(); // "
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            if (eof() || peek() == '\n') {
                throw errorAt(sl, sc, "unterminated string");
            }
            char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                advance();
                text.append(escape());
            } else if (c == '$' && peekAt(1) == '$' && peekAt(2) == '{') {
                advance();
                advance();
                advance();
                text.append("${");
            } else if (c == '%' && peekAt(1) == '%' && peekAt(2) == '{') {
                advance();
                advance();
                advance();
                text.append("%{");
            } else if (c == '$' && peekAt(1) == '{') {
                interpolation(parts, text);
            } else if (c == '%' && peekAt(1) == '{') {
                throw error("template directives (%{...}) are not supported in schema files");
            } else {
                text.append(c);
                advance();
            }
        }
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        return new TemplateExpr(parts, null, range(sl, sc));
    }

    private void interpolation(List<Object> parts, StringBuilder text) {
        if (text.length() > 0) {
            parts.add(text.toString());
            text.setLength(0);
        }
        advance();
        advance(); // ${
        skipSpace(true);
        if (peek() == '~') {
            advance();
        }
        Expr e = expr(true);
        skipSpace(true);
        if (peek() == '~') {
            advance();
        }
        expect('}');
        parts.add(e);
    }

    private String escape() {
        if (eof()) {
            throw error("unterminated escape sequence");
        }
        char c = peek();
        advance();
        switch (c) {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case '"':
                return "\"";
            case '\\':
                return "\\";
            case 'u':
            case 'U': {
                int n = c == 'u' ? 4 : 8;
                if (pos + n > src.length()) {
                    throw error("incomplete unicode escape");
                }
                String hex = src.substring(pos, pos + n);
                try {
                    int cp = Integer.parseInt(hex, 16);
                    for (int i = 0; i < n; i++) {
                        advance();
                    }
                    return new String(Character.toChars(cp));
                } catch (IllegalArgumentException e) {
                    throw error("invalid unicode escape \\" + c + hex);
                }
            }
            default:
                throw errorAt(line, col - 2, "invalid escape sequence \\" + c);
        }
    }

    private TemplateExpr heredoc() {
        int sl = line, sc = col;
        advance();
        advance(); // <<
        boolean indented = false;
        if (peek() == '-') {
            indented = true;
            advance();
        }
        if (eof() || !isIdStart(peek())) {
            throw error("expected a heredoc marker after '<<'");
        }
        String marker = ident();
        if (peek() == '\r') {
            advance();
        }
        if (eof() || peek() != '\n') {
            throw error("expected a newline after the heredoc marker " + marker);
        }
        advance();
        // Collect the raw lines up to the closing marker.
        List<String> lines = new ArrayList<>();
        List<int[]> lineStarts = new ArrayList<>(); // {pos, line}
        while (true) {
            if (eof()) {
                throw errorAt(sl, sc, "unterminated heredoc: no line with the closing marker " + marker);
            }
            int start = pos;
            int startLine = line;
            while (!eof() && peek() != '\n') {
                advance();
            }
            String raw = src.substring(start, pos);
            if (raw.endsWith("\r")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            if (raw.strip().equals(marker)) {
                break;
            }
            lines.add(raw);
            lineStarts.add(new int[] {start, startLine});
            if (!eof()) {
                advance(); // \n
            }
        }
        int strip = 0;
        if (indented) {
            strip = Integer.MAX_VALUE;
            for (String l : lines) {
                if (!l.isBlank()) {
                    int i = 0;
                    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
                        i++;
                    }
                    strip = Math.min(strip, i);
                }
            }
            if (strip == Integer.MAX_VALUE) {
                strip = 0;
            }
        }
        Range r = range(sl, sc);
        // Re-scan the collected lines as template text, so ${} inside a heredoc works and keeps its position.
        int savePos = pos, saveLine = line, saveCol = col;
        List<Object> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int cut = Math.min(strip, l.length());
            pos = lineStarts.get(i)[0] + cut;
            line = lineStarts.get(i)[1];
            col = cut + 1;
            int end = lineStarts.get(i)[0] + l.length();
            while (pos < end) {
                char c = peek();
                if (c == '$' && peekAt(1) == '$' && peekAt(2) == '{') {
                    advance();
                    advance();
                    advance();
                    text.append("${");
                } else if (c == '$' && peekAt(1) == '{') {
                    interpolation(parts, text);
                } else if (c == '%' && peekAt(1) == '{') {
                    throw error("template directives (%{...}) are not supported in schema files");
                } else {
                    text.append(c);
                    advance();
                }
            }
            text.append('\n');
        }
        pos = savePos;
        line = saveLine;
        col = saveCol;
        if (text.length() > 0) {
            parts.add(text.toString());
        }
        return new TemplateExpr(parts, marker, r);
    }

    // ---- characters -------------------------------------------------------------------------------------------

    /** Skips blanks and comments; newlines too when {@code nl}. A line comment's newline is left in place. */
    private void skipSpace(boolean nl) {
        while (!eof()) {
            char c = peek();
            if (c == ' ' || c == '\t' || (c == '\r' && peekAt(1) == '\n' && nl) || c == '\uFEFF') {
                advance();
            } else if (c == '\n' || c == '\r') {
                if (!nl) {
                    return;
                }
                advance();
            } else if (c == '#' || (c == '/' && peekAt(1) == '/')) {
                while (!eof() && peek() != '\n' && peek() != '\r') {
                    advance();
                }
            } else if (c == '/' && peekAt(1) == '*') {
                int sl = line, sc = col;
                advance();
                advance();
                while (!(peek() == '*' && peekAt(1) == '/')) {
                    if (eof()) {
                        throw errorAt(sl, sc, "unterminated comment: no closing */");
                    }
                    advance();
                }
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    private String ident() {
        int start = pos;
        advance();
        while (!eof() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            advance();
        }
        return src.substring(start, pos);
    }

    private static boolean isIdStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private void expect(char c) {
        if (eof() || peek() != c) {
            throw error("expected '" + c + "', found " + describe());
        }
        advance();
    }

    private boolean eof() {
        return pos >= src.length();
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private char peekAt(int n) {
        return pos + n < src.length() ? src.charAt(pos + n) : '\0';
    }

    private void advance() {
        if (src.charAt(pos) == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }

    private Range range(int sl, int sc) {
        return new Range(file, sl, sc, line, col);
    }

    private String describe() {
        if (eof()) {
            return "the end of the file";
        }
        char c = peek();
        return c == '\n' || c == '\r' ? "a newline" : "'" + c + "'";
    }

    private HclException error(String message) {
        return errorAt(line, col, message);
    }

    private HclException errorAt(int l, int c, String message) {
        return new HclException(List.of(new Diagnostic(new Range(file, l, c, l, c), message)));
    }
}
