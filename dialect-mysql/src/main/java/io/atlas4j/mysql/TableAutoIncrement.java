package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A table's {@code AUTO_INCREMENT} start value, when the desired schema names one. */
public record TableAutoIncrement(long start) implements Attr {
}
