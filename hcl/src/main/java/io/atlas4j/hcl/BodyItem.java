package io.atlas4j.hcl;

/** An attribute or a block, in the order written. */
public sealed interface BodyItem permits Attribute, Block {
    Range range();
}
