/** The SQLite dialect: inspector, diff hooks, planner (with table rebuilds), type codec, in-memory dev database. */
module io.atlas4j.sqlite {
    requires transitive io.atlas4j.core;
    exports io.atlas4j.sqlite;
    // the offline loader builds catalog rows and maps them as the inspector does
    exports io.atlas4j.sqlite.internal to io.atlas4j.offline;
    provides io.atlas4j.spi.Dialect with io.atlas4j.sqlite.SqliteDialect;
}
