package io.atlas4j.spring.boot;

import io.atlas4j.spring.boot.shop.ShopApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Full start-ups of {@link ShopApplication}, the way {@code SpringApplication.run} starts an application. */
final class Shop {
    private Shop() {
    }

    /** Starts the shop against a PostgreSQL database with JPA validating the tables atlas4j made. */
    static ConfigurableApplicationContext startOnPostgres(PostgresDatabases.Db db, String... atlas4j) {
        List<String> props = new ArrayList<>(List.of(
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=postgres",
                "spring.datasource.hikari.maximum-pool-size=3",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "spring.main.banner-mode=off"));
        props.addAll(List.of(atlas4j));
        return start(props);
    }

    /** Starts the shop against an SQLite file, through Hibernate's community SQLite dialect. */
    static ConfigurableApplicationContext startOnSqlite(java.nio.file.Path file, String... atlas4j) {
        List<String> props = new ArrayList<>(List.of(
                "spring.datasource.url=jdbc:sqlite:" + file,
                "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect",
                "spring.jpa.hibernate.ddl-auto=validate",
                "spring.jpa.open-in-view=false",
                "spring.main.banner-mode=off"));
        props.addAll(List.of(atlas4j));
        return start(props);
    }

    private static ConfigurableApplicationContext start(List<String> props) {
        return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .registerShutdownHook(false).properties(props.toArray(String[]::new)).run();
    }

    /**
     * Checks the Spring Boot this run was given: the default test run is built against 3.5, the
     * {@code boot4} execution swaps in 4.0 (system property {@code atlas4j.expectedBootVersion}).
     */
    static void assertBootVersion() {
        String expected = System.getProperty("atlas4j.expectedBootVersion", "");
        String actual = SpringBootVersion.getVersion();
        if (!expected.isEmpty() && (actual == null || !actual.startsWith(expected))) {
            throw new AssertionError("expected Spring Boot " + expected + " on the class path, found " + actual);
        }
    }
}
