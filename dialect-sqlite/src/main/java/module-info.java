/** The SQLite dialect: inspector, diff hooks, planner (with table rebuilds), type codec, in-memory dev database. */
module io.atlas4j.sqlite {
    requires transitive io.atlas4j.core;
    exports io.atlas4j.sqlite;
    provides io.atlas4j.spi.Dialect with io.atlas4j.sqlite.SqliteDialect;
}
