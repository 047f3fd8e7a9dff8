package io.atlas4j.jpa;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.spi.Dialect;
import java.util.Objects;

/**
 * The Hibernate dialect DDL is generated for, and the server version it is told, so Hibernate
 * never needs a connection to choose its types and syntax.
 *
 * @param dialectClass a Hibernate {@code org.hibernate.dialect.Dialect} class name
 * @param productName  the database product name Hibernate is told ({@code PostgreSQL}, {@code MariaDB}, ...)
 * @param major        the server's major version
 * @param minor        the server's minor version
 */
public record HibernateTarget(String dialectClass, String productName, int major, int minor) {
    /** Hibernate's SQLite dialect, from {@code hibernate-community-dialects}. */
    public static final String SQLITE_DIALECT = "org.hibernate.community.dialect.SQLiteDialect";

    public HibernateTarget {
        Objects.requireNonNull(dialectClass, "dialectClass");
        Objects.requireNonNull(productName, "productName");
    }

    /**
     * {@return the Hibernate dialect matching an atlas4j dialect and the server version it was tuned
     * to} A dialect tuned with {@code forConnection} gives its server's version; one created without
     * a server gives the version it assumes (PostgreSQL 15, MySQL 8.0).
     *
     * @throws InvalidInputException for a dialect Hibernate DDL is not generated for here
     */
    public static HibernateTarget of(Dialect dialect) {
        switch (dialect.name()) {
            case "sqlite":
                return new HibernateTarget(SQLITE_DIALECT, "SQLite", 3, 0);
            case "postgres": {
                // The name says it is atlas4j's PostgreSQL dialect, so its module is on the path. 150004 is 15.4.
                int v = ((PostgresDialect) dialect).serverVersion();
                return new HibernateTarget("org.hibernate.dialect.PostgreSQLDialect", "PostgreSQL", v / 10000, v % 10000);
            }
            case "mysql": {
                var server = ((MySqlDialect) dialect).server();
                return server.isMariaDb()
                        ? new HibernateTarget("org.hibernate.dialect.MariaDBDialect", "MariaDB", server.major(), server.minor())
                        : new HibernateTarget("org.hibernate.dialect.MySQLDialect", "MySQL", server.major(), server.minor());
            }
            default:
                throw new InvalidInputException("no Hibernate dialect is known for atlas4j dialect \"" + dialect.name()
                        + "\": name one with HibernateTarget (e.g. new HibernateTarget(\"org.hibernate.dialect.SQLServerDialect\","
                        + " \"Microsoft SQL Server\", 16, 0))");
        }
    }
}
