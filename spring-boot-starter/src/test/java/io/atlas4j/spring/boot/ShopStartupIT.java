package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.spring.boot.shop.Customer;
import io.atlas4j.spring.boot.shop.CustomerRepository;
import io.atlas4j.spring.boot.shop.Purchase;
import io.atlas4j.spring.boot.shop.PurchaseRepository;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A JPA application with {@code spring.jpa.hibernate.ddl-auto=validate} started against an empty
 * database (a new SQLite file, a new PostgreSQL database): it starts because atlas4j migrated the
 * database before Hibernate validated it, and it reads and writes the new tables right after
 * start-up. Without atlas4j it does not start. The same tests run on Spring Boot 3.5 and 4.0 (see the pom).
 */
class ShopStartupIT {
    @TempDir
    Path tmp;

    @BeforeAll
    static void boot() {
        Shop.assertBootVersion();
    }

    /** Also the webhook's proof on each Boot version: one call, after the apply, before JPA. */
    @Test
    void onSqliteTheDeclarativeSchemaIsAppliedBeforeJpaValidates() throws Exception {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            calls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        try (ConfigurableApplicationContext ctx = Shop.startOnSqlite(tmp.resolve("shop.db"), "atlas4j.schema=classpath:db/schema.sql",
                "atlas4j.webhook.url=http://127.0.0.1:" + hook.getAddress().getPort() + "/hook")) {
            readAndWrite(ctx);
            assertThat(ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator").entries()).hasSize(1);
        } finally {
            hook.stop(0);
        }
        // the payload's exact spelling is atlas4j-notify's (no Jackson here: Boot 4 brings another one)
        assertThat(calls).singleElement().satisfies(body -> assertThat(body)
                .contains("\"command\":\"schema apply\"").contains("\"status\":\"succeeded\"").contains("CREATE TABLE"));
    }

    /**
     * The entities are the desired schema: Hibernate exports them, atlas4j applies the result, Hibernate validates it.
     * That takes Hibernate 7 (Boot 4); Boot 3.5's Hibernate 6 gets one clear refusal.
     */
    @Test
    void theEntitiesThemselvesAreTheDesiredSchema() throws Exception {
        if (org.springframework.boot.SpringBootVersion.getVersion().startsWith("3.")) {
            assertThatThrownBy(() -> Shop.startOnSqlite(tmp.resolve("entities.db"), "atlas4j.schema=jpa://io.atlas4j.spring.boot.shop"))
                    .rootCause().hasMessageContaining("Hibernate ORM 7").hasMessageContaining("Spring Boot 4");
            return;
        }
        try (ConfigurableApplicationContext ctx = Shop.startOnSqlite(tmp.resolve("entities.db"),
                "atlas4j.schema=jpa://io.atlas4j.spring.boot.shop")) {
            readAndWrite(ctx);
            Atlas4jHistory h = ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator");
            assertThat(h.source()).isEqualTo("jpa://io.atlas4j.spring.boot.shop");
            assertThat(h.entries()).singleElement().satisfies(e -> assertThat(e.success()).isTrue());
        }
        // A second start finds the database synced with the entities: nothing more is applied.
        try (ConfigurableApplicationContext ctx = Shop.startOnSqlite(tmp.resolve("entities.db"),
                "atlas4j.schema=jpa://io.atlas4j.spring.boot.shop")) {
            assertThat(ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator").entries()).hasSize(1);
        }
    }

    @Test
    void declarativeSchemaIsAppliedBeforeJpaValidates() throws Exception {
        try (PostgresDatabases.Db db = PostgresDatabases.create()) {
            try (ConfigurableApplicationContext ctx = Shop.startOnPostgres(db, "atlas4j.schema=classpath:db/schema.sql")) {
                readAndWrite(ctx);
                Atlas4jHistory h = ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator");
                assertThat(h.mode()).isEqualTo("schema");
                assertThat(h.entries()).singleElement().satisfies(e -> assertThat(e.statements()).isEqualTo(2));
            }
            assertThat(count(db, "SELECT COUNT(*) FROM atlas4j_schema_history")).isEqualTo(1);
        }
    }

    @Test
    void migrationDirectoryRunsBeforeJpaValidates() throws Exception {
        try (PostgresDatabases.Db db = PostgresDatabases.create()) {
            try (ConfigurableApplicationContext ctx = Shop.startOnPostgres(db, "atlas4j.migrations=classpath:db/migration")) {
                readAndWrite(ctx);
                assertThat(ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator").entries())
                        .extracting(Atlas4jHistory.Entry::version).containsExactly("1", "2");
            }
            assertThat(count(db, "SELECT COUNT(*) FROM atlas_schema_revisions")).isEqualTo(2);
        }
    }

    @Test
    void withoutAtlas4jTheSameApplicationDoesNotStart() throws Exception {
        try (PostgresDatabases.Db db = PostgresDatabases.create()) {
            assertThatThrownBy(() -> Shop.startOnPostgres(db, "atlas4j.enabled=false").close())
                    .hasStackTraceContaining("customer");
        }
    }

    private static void readAndWrite(ConfigurableApplicationContext ctx) {
        CustomerRepository customers = ctx.getBean(CustomerRepository.class);
        PurchaseRepository purchases = ctx.getBean(PurchaseRepository.class);
        Customer ada = customers.save(new Customer(1L, "Ada"));
        purchases.save(new Purchase(1L, ada, "lamp"));
        assertThat(customers.count()).isEqualTo(1);
        assertThat(purchases.findByCustomerName("Ada")).extracting(Purchase::getItem).containsExactly("lamp");
    }

    static long count(PostgresDatabases.Db db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
