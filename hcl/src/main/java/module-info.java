/**
 * Atlas's HCL schema language: an HCL2 parser keeping exact positions, a type checker that reports every error at
 * once, and the mapping of HCL schema files to atlas4j's schema model.
 */
module io.atlas4j.hcl {
    requires transitive io.atlas4j.core;
    requires static io.atlas4j.sqlite;
    requires static io.atlas4j.postgres;
    requires static io.atlas4j.mysql;
    exports io.atlas4j.hcl;
    exports io.atlas4j.hcl.project;
    provides io.atlas4j.spi.SchemaFormat with io.atlas4j.hcl.internal.HclSchemaFormat;
}
