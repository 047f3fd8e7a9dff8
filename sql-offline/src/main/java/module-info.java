/**
 * Loads desired SQL into atlas4j's schema model without any database, for PostgreSQL, MySQL/MariaDB and
 * SQLite: statements are parsed with JSqlParser and modelled with each dialect's catalog normalizations; what
 * cannot be modelled is refused with the file, line and statement, and a dev database suggested.
 */
module io.atlas4j.offline {
    requires transitive io.atlas4j.core;
    requires io.atlas4j.sqlite;
    requires io.atlas4j.postgres;
    requires io.atlas4j.mysql;
    requires net.sf.jsqlparser;
    exports io.atlas4j.offline;
    provides io.atlas4j.spi.OfflineLoader with io.atlas4j.offline.internal.JsqlOfflineLoader;
}
