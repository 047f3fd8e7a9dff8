package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * Converts between offsets in a document's text, LSP positions (0-based line and UTF-16 character) and the hcl
 * module's {@link Range}s (1-based line and column, end column exclusive, columns counted in UTF-16 chars as the
 * parser reads the text). Lines end at {@code \n}; a {@code \r} before it counts as a character of the line, as
 * the parser counts it.
 */
public final class LineIndex {
    private final String text;
    private final int[] starts;

    public LineIndex(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s.add(i + 1);
            }
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@return the offset of an LSP position, clamped into the text (a character past the line's end is its end)} */
    public int offset(Position p) {
        if (p.getLine() < 0) {
            return 0;
        }
        if (p.getLine() >= starts.length) {
            return text.length();
        }
        int start = starts[p.getLine()];
        return Math.min(start + Math.max(0, p.getCharacter()), lineEnd(p.getLine()));
    }

    /** {@return the LSP position of an offset} */
    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(o);
        return new Position(line, o - starts[line]);
    }

    /**
     * {@return an hcl range as an LSP range}. A point (where a syntax error stopped) is widened to the character
     * there, when the line has one, so that editors can underline it.
     */
    public org.eclipse.lsp4j.Range range(Range r) {
        Position start = new Position(Math.max(0, r.line() - 1), Math.max(0, r.column() - 1));
        Position end = new Position(Math.max(0, r.endLine() - 1), Math.max(0, r.endColumn() - 1));
        boolean empty = end.getLine() < start.getLine()
                || end.getLine() == start.getLine() && end.getCharacter() <= start.getCharacter();
        if (empty) {
            int lineLength = start.getLine() < starts.length ? lineEnd(start.getLine()) - starts[start.getLine()] : 0;
            end = new Position(start.getLine(), Math.min(start.getCharacter() + 1, Math.max(lineLength, start.getCharacter())));
        }
        return new org.eclipse.lsp4j.Range(start, end);
    }

    private int lineEnd(int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
