package io.atlas4j.schema;

/** A constraint that may be checked at commit: {@code DEFERRABLE [INITIALLY DEFERRED]}. */
public record Deferrable(boolean initiallyDeferred) implements Attr {
}
