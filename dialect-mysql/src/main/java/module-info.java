/** MySQL and MariaDB: inspector, diff hooks, planner, types and splitter behind {@link io.atlas4j.mysql.MySqlDialect}. */
module io.atlas4j.mysql {
    requires transitive io.atlas4j.core;
    requires org.slf4j;
    exports io.atlas4j.mysql;
    // the offline loader reuses the type codec and catalog rules
    exports io.atlas4j.mysql.internal to io.atlas4j.offline;
    provides io.atlas4j.spi.Dialect with io.atlas4j.mysql.MySqlDialect;
}
