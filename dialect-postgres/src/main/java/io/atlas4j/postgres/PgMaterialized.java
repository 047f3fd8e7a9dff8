package io.atlas4j.postgres;

import java.util.List;
import java.util.Map;

/**
 * A materialized view, with the {@code CREATE INDEX} statements of its indexes (sorted) and the
 * comments on those indexes, by index name.
 */
public record PgMaterialized(List<String> indexes, Map<String, String> indexComments) implements io.atlas4j.schema.Attr {
    public PgMaterialized {
        indexes = indexes.stream().sorted().toList();
        indexComments = Map.copyOf(indexComments);
    }

    public PgMaterialized(List<String> indexes) {
        this(indexes, Map.of());
    }
}
