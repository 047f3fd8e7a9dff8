package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.spring.boot.shop.Customer;
import io.atlas4j.spring.boot.shop.CustomerRepository;
import io.atlas4j.spring.boot.shop.Purchase;
import io.atlas4j.spring.boot.shop.PurchaseRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop started as a {@code @SpringBootTest} on a new SQLite file: JPA validates tables that
 * only atlas4j created, and the test writes to them through the repositories.
 */
@SpringBootTest(classes = io.atlas4j.spring.boot.shop.ShopApplication.class, properties = {
        "atlas4j.schema=classpath:db/schema.sql",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect",
        "spring.jpa.open-in-view=false",
        "spring.main.banner-mode=off"})
class SqliteStartupIT {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("atlas4j-spring");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve("shop.db");
        file.toFile().deleteOnExit();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file);
    }

    @BeforeAll
    static void boot() {
        Shop.assertBootVersion();
    }

    @Autowired
    CustomerRepository customers;

    @Autowired
    PurchaseRepository purchases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Atlas4jEndpoint endpoint;

    @Test
    void jpaReadsAndWritesTheTablesAtlas4jCreated() {
        Customer ada = customers.save(new Customer(1L, "Ada"));
        purchases.save(new Purchase(1L, ada, "lamp"));
        assertThat(purchases.findByCustomerName("Ada")).extracting(Purchase::getItem).containsExactly("lamp");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM atlas4j_schema_history", Integer.class)).isEqualTo(1);
        assertThat(endpoint.history().get("atlas4jMigrator").entries()).hasSize(1);
    }
}
