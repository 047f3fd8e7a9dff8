package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;

/**
 * A table's {@code KEY_BLOCK_SIZE} (InnoDB: the compressed page size in KiB, which makes the row
 * format COMPRESSED unless another is named). Absent means none was given.
 */
public record KeyBlockSize(int size) implements Attr {
    public KeyBlockSize {
        if (size < 1) throw new IllegalArgumentException("KEY_BLOCK_SIZE must be positive, not " + size);
    }
}
