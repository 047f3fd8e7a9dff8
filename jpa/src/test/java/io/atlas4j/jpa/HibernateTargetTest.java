package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.jpa.shop.Shop;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

/** The Hibernate dialect follows the atlas4j dialect, its flavor and server version; the DDL follows the dialect. */
class HibernateTargetTest {
    @Test
    void dialectFlavorAndVersion() {
        assertThat(HibernateTarget.of(SqliteDialect.create()).dialectClass()).isEqualTo(HibernateTarget.SQLITE_DIALECT);
        assertThat(HibernateTarget.of(PostgresDialect.forVersion(160002)))
                .isEqualTo(new HibernateTarget("org.hibernate.dialect.PostgreSQLDialect", "PostgreSQL", 16, 2));
        assertThat(HibernateTarget.of(MySqlDialect.create(ServerInfo.MARIADB_10_11)))
                .isEqualTo(new HibernateTarget("org.hibernate.dialect.MariaDBDialect", "MariaDB", 10, 11));
        assertThat(HibernateTarget.of(MySqlDialect.create()))
                .isEqualTo(new HibernateTarget("org.hibernate.dialect.MySQLDialect", "MySQL", 8, 0));
    }

    @Test
    void sequencesWhereTheDatabaseHasThemATableElsewhere() {
        JpaModel shop = JpaModel.of(Shop.ENTITIES);
        assertThat(shop.ddl(MySqlDialect.create(ServerInfo.MARIADB_10_11))).contains("create sequence order_seq");
        String mysql = shop.ddl(MySqlDialect.create());
        assertThat(mysql).doesNotContain("create sequence").contains("create table order_seq");
        assertThat(shop.initialRows(MySqlDialect.create())).singleElement().asString().startsWith("insert into order_seq");
        assertThat(shop.initialRows(PostgresDialect.create())).isEmpty();
    }

    /** What the README says Hibernate's SQLite dialect leaves out of its DDL: foreign keys and table-level unique constraints. */
    @Test
    void sqliteDdlHasNoForeignKeysNorTableUniqueConstraints() {
        String sqlite = JpaModel.of(Shop.ENTITIES).ddl(SqliteDialect.create());
        String pg = JpaModel.of(Shop.ENTITIES).ddl(PostgresDialect.create());
        assertThat(pg).contains("foreign key", "uk_customers_email");
        assertThat(sqlite).doesNotContain("foreign key", "references", "uk_customers_email");
    }
}
