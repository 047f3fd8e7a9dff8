package io.atlas4j.schema;

/**
 * A typed attribute hanging off a schema element. Generic attributes live in this package;
 * dialect attributes are records in the dialect's API package. At most one value per class.
 */
public interface Attr {
    /**
     * An attribute that is derived rather than stated: a fact read from the catalog or computed
     * from the element's definition (what it depends on, which dialect read it). Two elements that
     * differ only in derived attributes are equal ({@link Attrs#equals}), the differ never compares
     * them, and nothing is planned for them; change ordering and the facade read them.
     */
    interface Derived extends Attr {
    }
}
