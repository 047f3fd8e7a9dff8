package io.atlas4j.hcl;

import io.atlas4j.error.Origin;
import java.util.Objects;

/**
 * Where a node sits in its source: 1-based lines and columns, the end column exclusive (as HCL counts).
 * Prints as HCL diagnostics do: {@code schema.hcl:3,5-11}, {@code schema.hcl:3,5-4,2} across lines, or
 * {@code schema.hcl:3,5} for a point (where a parse error stopped).
 */
public record Range(String file, int line, int column, int endLine, int endColumn) {
    public Range {
        Objects.requireNonNull(file, "file");
    }

    /** {@return a range from this one's start to {@code end}'s end} */
    public Range to(Range end) {
        return new Range(file, line, column, end.endLine, end.endColumn);
    }

    /** {@return the start as an {@link Origin}, for atlas4j's exceptions} */
    public Origin origin() {
        return new Origin(file, line, column);
    }

    @Override
    public String toString() {
        if (endLine == line && endColumn <= column) {
            return file + ":" + line + "," + column;
        }
        return endLine == line
                ? file + ":" + line + "," + column + "-" + endColumn
                : file + ":" + line + "," + column + "-" + endLine + "," + endColumn;
    }
}
