package io.atlas4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.error.DestructiveChangeException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.lint.LintException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each branch of the auto-configuration, in real application contexts over an SQLite file. */
class Atlas4jAutoConfigurationTest {
    @TempDir
    Path tmp;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        Atlas4jAutoConfiguration.class, Atlas4jEndpointAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + tmp.resolve("app.db"));
    }

    @Test
    void schemaBranchAppliesTheDesiredSchemaAndRecordsOneApply() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrator.class).hasSingleBean(Atlas4jMigrationInitializer.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            jdbc.update("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
            jdbc.update("INSERT INTO purchase (id, customer_id, item_name) VALUES (1, 1, 'lamp')");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM atlas4j_schema_history", Integer.class)).isEqualTo(1);
        });
        // a second start finds the schema in place: nothing applied, no new history row
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM atlas4j_schema_history", Integer.class))
                    .isEqualTo(1);
        });
    }

    @Test
    void migrationsBranchRunsTheDirectoryAndRecordsRevisions() {
        runner().withPropertyValues("atlas4j.migrations=classpath:db/migration").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT version FROM atlas_schema_revisions ORDER BY version", String.class))
                    .containsExactly("1", "2");
            jdbc.update("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
        });
    }

    @Test
    void migrationsFromAFileLocation() throws Exception {
        Path dir = tmp.resolve("migration");
        Files.createDirectories(dir);
        for (String f : List.of("1_customer.sql", "2_purchase.sql", "atlas.sum")) {
            Files.copy(Path.of(getClass().getResource("/db/migration/" + f).toURI()), dir.resolve(f));
        }
        runner().withPropertyValues("atlas4j.migrations=file:" + dir).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM atlas_schema_revisions", Integer.class))
                    .isEqualTo(2);
        });
    }

    @Test
    void anEditedMigrationFileFailsStartUpBeforeTheDatabaseIsTouched() throws Exception {
        Path dir = tmp.resolve("edited");
        Files.createDirectories(dir);
        for (String f : List.of("1_customer.sql", "2_purchase.sql", "atlas.sum")) {
            Files.copy(Path.of(getClass().getResource("/db/migration/" + f).toURI()), dir.resolve(f));
        }
        Files.writeString(dir.resolve("2_purchase.sql"), "\n-- edited\n", java.nio.file.StandardOpenOption.APPEND);
        runner().withPropertyValues("atlas4j.migrations=file:" + dir).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("2_purchase.sql");
        });
    }

    @Test
    void schemaAndMigrationsBothSetFailStartUpNamingBoth() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.migrations=classpath:db/migration").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("atlas4j.schema").hasMessageContaining("atlas4j.migrations").hasMessageContaining("exactly one");
        });
    }

    @Test
    void neitherSetFailsStartUpWithTheWayOut() {
        runner().run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("atlas4j.enabled=false");
        });
    }

    @Test
    void disabledLeavesTheDatabaseAlone() {
        runner().withPropertyValues("atlas4j.enabled=false", "atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(Atlas4jMigrator.class).doesNotHaveBean(Atlas4jMigrationInitializer.class);
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class)).isZero();
        });
    }

    @Test
    void withoutADatabaseItBacksOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Atlas4jAutoConfiguration.class, Atlas4jEndpointAutoConfiguration.class))
                .withPropertyValues("atlas4j.schema=classpath:db/schema.sql")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(Atlas4jMigrator.class).doesNotHaveBean(Atlas4jEndpoint.class));
    }

    @Test
    void aDedicatedUrlIsMigratedWithoutADataSource() {
        Path db = tmp.resolve("dedicated.db");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Atlas4jAutoConfiguration.class))
                .withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.url=jdbc:sqlite:" + db)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrator.class);
                    assertThat(ctx.getBean(Atlas4jMigrator.class).history().entries()).hasSize(1);
                });
    }

    @Test
    void anApplicationMigratorReplacesTheStartersAndStillRunsFirst() {
        runner().withUserConfiguration(OwnMigrator.class).withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrator.class).hasSingleBean(Atlas4jMigrationInitializer.class);
            assertThat(ctx.getBean(Atlas4jMigrator.class)).isSameAs(ctx.getBean("ownMigrator"));
            assertThat(ctx.getBean(OwnMigrator.class).runs).hasValue(1);
            // the starter's migrator did not run: no tables
            assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class)).isZero();
        });
    }

    @Test
    void jdbcTemplatesDependOnTheMigration() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            for (String bean : List.of("jdbcTemplate", "namedParameterJdbcTemplate")) {
                assertThat(ctx.getBeanFactory().getBeanDefinition(bean).getDependsOn()).as(bean).contains("atlas4jMigrationInitializer");
            }
        });
    }

    @Test
    void aSchemaInsideAJarIsRead() throws Exception {
        Path jar = tmp.resolve("schemas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("jarred/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("jarred/shop.sql"));
            try (var in = getClass().getResourceAsStream("/db/schema.sql")) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        assertThat(loader.getResource("jarred/shop.sql").getProtocol()).isEqualTo("jar");
        runner().withClassLoader(loader).withPropertyValues("atlas4j.schema=classpath:jarred/shop.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            ctx.getBean(JdbcTemplate.class).update("INSERT INTO purchase (id, customer_id, item_name) VALUES (1, 1, 'lamp')");
        });
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowed() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> assertThat(ctx).hasNotFailed());
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema-without-purchase.sql").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(DestructiveChangeException.class)
                    .hasMessageContaining("purchase");
        });
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema-without-purchase.sql", "atlas4j.allow-drops=purchase")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'purchase'", Integer.class)).isZero();
                });
    }

    @Test
    void lintFailOnRefusesAnAllowedDropAndLintConfigCanLowerIt() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> assertThat(ctx).hasNotFailed());
        String drop = "atlas4j.schema=classpath:db/schema-without-purchase.sql";
        runner().withPropertyValues(drop, "atlas4j.allow-destructive=true", "atlas4j.lint.fail-on=error").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(LintException.class).hasMessageContaining("DS102");
        });
        runner().withPropertyValues(drop, "atlas4j.allow-destructive=true", "atlas4j.lint.fail-on=error", "atlas4j.lint.config=DS102=warning")
                .run(ctx -> assertThat(ctx).hasNotFailed());
    }

    @Test
    void beansMarkedDependsOnDatabaseInitializationWaitForTheMigration() {
        runner().withUserConfiguration(Reader.class).withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBeanFactory().getBeanDefinition("customerCount").getDependsOn()).contains("atlas4jMigrationInitializer");
            assertThat(ctx.getBean("customerCount")).isEqualTo(0);
        });
    }

    @Test
    void theEndpointWritesPlainJson() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            String json = new ObjectMapper().writeValueAsString(ctx.getBean(Atlas4jEndpoint.class).history());
            JsonNode entry = new ObjectMapper().readTree(json).path("atlas4jMigrator").path("entries").path(0);
            assertThat(new ObjectMapper().readTree(json).path("atlas4jMigrator").path("mode").asText()).isEqualTo("schema");
            assertThat(entry.path("version").asText()).isEqualTo("1");
            assertThat(entry.path("statements").asInt()).isEqualTo(2);
            assertThat(entry.path("success").asBoolean()).isTrue();
            assertThat(entry.path("appliedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(entry.path("description").asText()).startsWith("fingerprint ");
        });
    }

    @Test
    void theEndpointListsTheHistory() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jEndpoint.class);
            Atlas4jHistory h = ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator");
            assertThat(h.mode()).isEqualTo("schema");
            assertThat(h.source()).isEqualTo("classpath:db/schema.sql");
            assertThat(h.entries()).singleElement().satisfies(e -> {
                assertThat(e.success()).isTrue();
                assertThat(e.statements()).isEqualTo(2);
                assertThat(e.version()).isEqualTo("1");
            });
        });
        runner().withPropertyValues("atlas4j.migrations=classpath:db/migration", "spring.datasource.url=jdbc:sqlite:" + tmp.resolve("m.db"))
                .run(ctx -> {
                    Atlas4jHistory h = ctx.getBean(Atlas4jEndpoint.class).history().get("atlas4jMigrator");
                    assertThat(h.mode()).isEqualTo("migrations");
                    assertThat(h.entries()).extracting(Atlas4jHistory.Entry::version).containsExactly("1", "2");
                    assertThat(h.entries()).extracting(Atlas4jHistory.Entry::description).containsExactly("customer", "purchase");
                });
    }

    @Test
    void withoutActuatorThereIsNoEndpoint() {
        runner().withClassLoader(new FilteredClassLoader(Endpoint.class)).withPropertyValues("atlas4j.schema=classpath:db/schema.sql")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrator.class).doesNotHaveBean(Atlas4jEndpoint.class));
    }

    @Test
    void anApplicationInitializerReplacesTheStartersAndDecidesWhenToMigrate() {
        runner().withUserConfiguration(OwnInitializer.class).withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Atlas4jMigrationInitializer.class).hasSingleBean(Atlas4jMigrator.class);
            assertThat(ctx.getBean(Atlas4jMigrationInitializer.class)).isSameAs(ctx.getBean("ownInitializer"));
            // the application's initializer does not migrate when created: the starter's did not run either
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class)).isZero();
            ctx.getBean(Atlas4jMigrationInitializer.class).migrator().migrate();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class)).isOne();
        });
    }

    @Test
    void anApplicationEndpointReplacesTheStarters() {
        runner().withUserConfiguration(OwnEndpoint.class).withPropertyValues("atlas4j.schema=classpath:db/schema.sql")
                .run(ctx -> assertThat(ctx).hasNotFailed().getBean(Atlas4jEndpoint.class).isSameAs(ctx.getBean("ownEndpoint")));
    }

    @Test
    void aNegativeLockTimeoutStopsStartUpNamingTheProperty() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.lock-timeout=-1s").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("atlas4j.lock-timeout");
        });
    }

    @Test
    void twoDataSourcesWithoutAPrimaryStopStartUpWithTheWayOut() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(Atlas4jAutoConfiguration.class))
                .withUserConfiguration(TwoDataSources.class)
                .withPropertyValues("atlas4j.schema=classpath:db/schema.sql")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class)
                            .hasMessageContaining("no single DataSource").hasMessageContaining("atlas4j.url");
                });
    }

    @Test
    void aJdbcUrlWithAUserIsMigratedInsteadOfTheApplicationsDataSource() {
        Path db = tmp.resolve("other.db");
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.url=jdbc:sqlite:" + db, "atlas4j.user=app",
                "atlas4j.password=secret").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    // atlas4j.url was migrated, the application's own database was left alone
                    assertThat(ctx.getBean(JdbcTemplate.class).queryForObject(
                            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class)).isZero();
                    assertThat(new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.sqlite.JDBC(),
                            "jdbc:sqlite:" + db)).queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer'", Integer.class))
                            .isOne();
                });
    }

    @Test
    void historyTableNamesWhereAppliesAreRecorded() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.history-table=app_schema_log").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_schema_log", Integer.class)).isOne();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sqlite_master WHERE name = 'atlas4j_schema_history'", Integer.class)).isZero();
        });
    }

    @Test
    void neverDropWinsOverAllowDestructive() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql").run(ctx -> assertThat(ctx).hasNotFailed());
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema-without-purchase.sql", "atlas4j.allow-destructive=true",
                "atlas4j.never-drop=purch*").run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(DestructiveChangeException.class).hasMessageContaining("purchase");
                });
    }

    @Test
    void aDevUrlIsWhereTheDesiredSchemaIsLoaded() {
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.dev-url=sqlite://:memory:").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            ctx.getBean(JdbcTemplate.class).update("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
        });
        // a dev URL that cannot be opened is used, not ignored: start-up stops
        runner().withPropertyValues("atlas4j.schema=classpath:db/schema.sql", "atlas4j.dev-url=nosuchdb://x")
                .run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("nosuchdb");
                });
    }

    @Test
    void aBaselineVersionSkipsTheFilesADatabaseAlreadyHolds() {
        // a database that already holds version 1's table, made before atlas4j ever ran on it
        new JdbcTemplate(new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.sqlite.JDBC(), "jdbc:sqlite:" + tmp.resolve("app.db")))
                .execute("CREATE TABLE customer (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        runner().withPropertyValues("atlas4j.migrations=classpath:db/migration", "atlas4j.baseline-version=1").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("SELECT version FROM atlas_schema_revisions ORDER BY version", String.class)).containsExactly("1", "2");
            jdbc.update("INSERT INTO purchase (id, customer_id, item_name) VALUES (1, 1, 'lamp')");
        });
    }

    @Test
    void anUnknownMigrationsFormatStopsStartUp() {
        runner().withPropertyValues("atlas4j.migrations=classpath:db/migration", "atlas4j.migrations-format=sqitch").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("sqitch");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInitializer {
        @Bean
        Atlas4jMigrationInitializer ownInitializer(Atlas4jMigrator migrator) {
            return new Atlas4jMigrationInitializer(migrator) {
                @Override
                public void afterPropertiesSet() {
                    // the application migrates later, itself
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEndpoint {
        @Bean
        Atlas4jEndpoint ownEndpoint(org.springframework.beans.factory.ListableBeanFactory beans) {
            return new Atlas4jEndpoint(beans);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean
        javax.sql.DataSource first() {
            return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.sqlite.JDBC(), "jdbc:sqlite::memory:");
        }

        @Bean
        javax.sql.DataSource second() {
            return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.sqlite.JDBC(), "jdbc:sqlite::memory:");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Reader {
        @Bean
        @DependsOnDatabaseInitialization
        Integer customerCount(javax.sql.DataSource dataSource) {
            return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMigrator {
        final AtomicInteger runs = new AtomicInteger();

        @Bean
        Atlas4jMigrator ownMigrator() {
            return new Atlas4jMigrator() {
                @Override
                public void migrate() {
                    runs.incrementAndGet();
                }

                @Override
                public Atlas4jHistory history() {
                    return new Atlas4jHistory("own", "none", List.of());
                }
            };
        }
    }
}
