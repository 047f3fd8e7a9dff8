package io.atlas4j.schema;

/**
 * A typed attribute hanging off a schema element. Generic attributes live in this package;
 * dialect attributes are records in the dialect's API package. At most one value per class.
 */
public interface Attr {
}
