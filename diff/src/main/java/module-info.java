/** The generic differ and the per-dialect DiffHooks SPI. */
module io.atlas4j.diff {
    requires transitive io.atlas4j.schema;
    exports io.atlas4j.diff;
}
