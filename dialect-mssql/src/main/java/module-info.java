/**
 * SQL Server: a sys.* inspector, diff hooks, a T-SQL planner, types, the {@code sp_getapplock} schema lock and an
 * offline T-SQL loader, behind {@link io.atlas4j.mssql.SqlServerDialect}.
 */
module io.atlas4j.mssql {
    requires transitive io.atlas4j.core;
    exports io.atlas4j.mssql;
    provides io.atlas4j.spi.Dialect with io.atlas4j.mssql.SqlServerDialect;
    provides io.atlas4j.spi.OfflineLoader with io.atlas4j.mssql.internal.TsqlOfflineLoader;
}
