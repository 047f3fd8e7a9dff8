/** Atlas's HCL schema language: an HCL2 parser keeping exact positions and a type checker that reports every error at once. */
module io.atlas4j.hcl {
    requires transitive io.atlas4j.schema;
    exports io.atlas4j.hcl;
}
