package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** Marks an {@code AUTO_INCREMENT} column. */
public record AutoIncrement() implements Attr {
}
