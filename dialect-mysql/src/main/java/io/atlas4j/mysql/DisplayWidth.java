package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;

/**
 * An integer column's display width as written ({@code bigint(10)}), when it is not the server's
 * default for the type. MariaDB and MySQL before 8.0.19 keep and report it; MySQL 8.0.19+ ignores
 * it (except for {@code tinyint(1)}, the boolean, and {@code ZEROFILL} types, which keep their whole
 * spelling), so the diff hooks drop it there.
 */
public record DisplayWidth(int width) implements Attr {
    public DisplayWidth {
        if (width < 1 || width > 255) throw new IllegalArgumentException("display width must be 1..255, not " + width);
    }
}
