package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A prefix length of an index key part ({@code KEY (name(10))}). */
public record SubPart(int length) implements Attr {
}
