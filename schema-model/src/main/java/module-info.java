/** The atlas4j schema model: immutable records, changes and errors. Depends on java.base only. */
module io.atlas4j.schema {
    exports io.atlas4j.schema;
    exports io.atlas4j.schema.type;
    exports io.atlas4j.change;
    exports io.atlas4j.error;
}
