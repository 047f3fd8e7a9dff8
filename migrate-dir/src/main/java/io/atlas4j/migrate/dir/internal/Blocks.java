package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.SqlBlock;
import java.util.ArrayList;
import java.util.List;

/** Collects consecutive lines into {@link SqlBlock}s, remembering where each block starts. */
final class Blocks {
    private final List<SqlBlock> blocks = new ArrayList<>();
    private StringBuilder text;
    private int start;

    void add(Text.Line line) {
        if (text == null) {
            text = new StringBuilder();
            start = line.number();
        }
        text.append(line.raw());
    }

    /** Ends the current block; blank-only text is dropped, as it runs nothing. */
    void flush(boolean singleStatement) {
        if (text != null && !text.toString().isBlank()) blocks.add(new SqlBlock(text.toString(), start, singleStatement));
        text = null;
    }

    List<SqlBlock> blocks() {
        return List.copyOf(blocks);
    }
}
