/**
 * Desired schemas from JPA / Hibernate entities: Hibernate ORM's schema export writes the CREATE
 * DDL for the target dialect, and atlas4j loads it through a dev database like desired SQL.
 */
module io.atlas4j.jpa {
    requires transitive io.atlas4j.core;
    requires static io.atlas4j.sqlite;
    requires static io.atlas4j.postgres;
    requires static io.atlas4j.mysql;
    requires jakarta.persistence;
    requires org.hibernate.orm.core;
    exports io.atlas4j.jpa;
    provides io.atlas4j.spi.SchemaSource with io.atlas4j.jpa.internal.JpaSchemaSource;
}
