package io.atlas4j.migrate.dir.internal;

import io.atlas4j.migrate.dir.ScannedStatement;
import io.atlas4j.migrate.dir.StatementScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-based {@link StatementScanner}: no tokens, only lines. Comment lines (and
 * {@code /* ... *}{@code /} blocks) before a statement are its comments; a statement ends on a line
 * that ends with {@code ;} by goose's rule. Nothing is dropped: blank lines between statements go,
 * blank lines inside a statement stay, and comments after the last statement come back as a
 * statement with empty text.
 */
public final class LineStatements implements StatementScanner {

    @Override
    public List<ScannedStatement> scan(String sql) {
        List<ScannedStatement> out = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        StringBuilder statement = null;
        StringBuilder blockComment = null;
        for (Text.Line line : Text.lines(sql)) {
            String content = line.content();
            if (statement == null) {
                if (blockComment != null) {
                    int end = content.indexOf("*/");
                    if (end < 0) {
                        blockComment.append('\n').append(content);
                        continue;
                    }
                    comments.add(blockComment.append('\n').append(content, 0, end + 2).toString());
                    blockComment = null;
                    content = content.substring(end + 2);
                }
                String t = content.stripLeading();
                if (t.isBlank()) continue;
                if (t.startsWith("--")) {
                    comments.add(t);
                    continue;
                }
                if (t.startsWith("/*")) {
                    int end = t.indexOf("*/", 2);
                    if (end < 0) {
                        blockComment = new StringBuilder(t);
                        continue;
                    }
                    comments.add(t.substring(0, end + 2));
                    t = t.substring(end + 2).stripLeading();
                    if (t.isBlank()) continue;
                }
                statement = new StringBuilder(t);
                content = t;
            } else {
                statement.append('\n').append(content);
            }
            if (endsStatement(content)) {
                out.add(new ScannedStatement(comments, statement.toString().strip(), true));
                comments.clear();
                statement = null;
            }
        }
        if (blockComment != null) comments.add(blockComment.toString());
        if (statement != null) {
            out.add(new ScannedStatement(comments, statement.toString().strip(), false));
        } else if (!comments.isEmpty()) {
            out.add(new ScannedStatement(comments, "", false));
        }
        return out;
    }

    /** goose's test: the last word before a word starting with "--" ends with ";". */
    static boolean endsStatement(String line) {
        String last = "";
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith("--")) break;
            last = word;
        }
        return last.endsWith(";");
    }
}
