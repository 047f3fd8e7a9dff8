/** The PostgreSQL dialect: pg_catalog inspector, diff normalization, planner and scratch dev databases. */
module io.atlas4j.postgres {
    requires transitive io.atlas4j.core;
    requires org.slf4j;
    exports io.atlas4j.postgres;
    // the offline loader reuses the type codec and catalog rules
    exports io.atlas4j.postgres.internal to io.atlas4j.offline;
    provides io.atlas4j.spi.Dialect with io.atlas4j.postgres.PostgresDialect;
}
