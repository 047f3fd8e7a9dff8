package io.atlas4j.schema;

import java.util.Objects;

/** One key part of an index: a column or an expression, each optionally descending. */
public sealed interface IndexPart permits IndexPart.OfColumn, IndexPart.OfExpr {
    boolean descending();

    Attrs attrs();

    static IndexPart column(String name) {
        return new OfColumn(name, false, Attrs.EMPTY);
    }

    record OfColumn(String column, boolean descending, Attrs attrs) implements IndexPart {
        public OfColumn {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(attrs, "attrs");
        }
    }

    record OfExpr(String sql, boolean descending, Attrs attrs) implements IndexPart {
        public OfExpr {
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(attrs, "attrs");
        }
    }
}
