/** The atlas4j facade, the Dialect SPI, loaders and the plan executor. */
module io.atlas4j.core {
    requires transitive io.atlas4j.schema;
    requires transitive io.atlas4j.script;
    requires transitive io.atlas4j.inspect;
    requires transitive io.atlas4j.diff;
    requires transitive io.atlas4j.plan;
    requires transitive java.sql;
    requires org.slf4j;
    exports io.atlas4j;
    exports io.atlas4j.spi;
    uses io.atlas4j.spi.Dialect;
    uses io.atlas4j.spi.SchemaFormat;
    uses io.atlas4j.spi.OfflineLoader;
    uses io.atlas4j.spi.SchemaSource;
}
