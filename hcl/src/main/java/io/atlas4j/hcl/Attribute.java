package io.atlas4j.hcl;

/** {@code name = expr}; {@code nameRange} covers the name only, {@code range} the whole attribute. */
public record Attribute(String name, Expr value, Range nameRange, Range range) implements BodyItem {
}
