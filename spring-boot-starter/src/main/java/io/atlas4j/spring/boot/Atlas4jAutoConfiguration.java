package io.atlas4j.spring.boot;

import io.atlas4j.Dialects;
import io.atlas4j.Policy;
import io.atlas4j.SchemaBootstrap;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.Migrations;
import io.atlas4j.migrate.dir.DirectoryFormat;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.spring.boot.internal.DependsOnMigrationPostProcessor;
import io.atlas4j.spring.boot.internal.DirectoryMigrator;
import io.atlas4j.spring.boot.internal.Locations;
import io.atlas4j.spring.boot.internal.RunListeners;
import io.atlas4j.spring.boot.internal.SchemaMigrator;
import io.atlas4j.spring.boot.internal.SpringJpaSettings;
import io.atlas4j.spring.boot.internal.WebhookNotifier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Migrates the application's database at start-up with atlas4j, before JPA, JDBC templates and
 * anything else that uses it.
 *
 * <p>Runs after the DataSource auto-configuration and before those that use the database. Spring
 * Boot 4 moved them to new packages and modules, so both spellings of each are named as strings:
 * an absent one is ignored. The order of bean creation is what counts, though: an
 * {@link Atlas4jMigrationInitializer} migrates when it is created, and
 * {@link DependsOnMigrationPostProcessor} makes entity manager factories, JDBC templates and jOOQ
 * contexts depend on it, wherever they are defined.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
                "org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration",
                "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration"})
@ConditionalOnProperty(prefix = "atlas4j", name = "enabled", matchIfMissing = true)
@Conditional(Atlas4jAutoConfiguration.DatabaseGiven.class)
@EnableConfigurationProperties(Atlas4jProperties.class)
public class Atlas4jAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(Atlas4jAutoConfiguration.class);
    private static final String WEBHOOK_CLASS = "io.atlas4j.notify.Webhook";

    @Bean
    static DependsOnMigrationPostProcessor atlas4jDependsOnMigrationPostProcessor() {
        return new DependsOnMigrationPostProcessor();
    }

    /** The migrator the properties describe; an application's own {@link Atlas4jMigrator} bean replaces it. */
    @Bean
    @ConditionalOnMissingBean(Atlas4jMigrator.class)
    public Atlas4jMigrator atlas4jMigrator(Atlas4jProperties properties, ObjectProvider<DataSource> dataSources,
                                           ResourceLoader resourceLoader, ObjectProvider<Atlas4jRunListener> runListeners,
                                           Environment environment) {
        boolean schema = hasText(properties.getSchema());
        boolean migrations = hasText(properties.getMigrations());
        if (schema && migrations) {
            throw new InvalidInputException("atlas4j.schema (" + properties.getSchema() + ") and atlas4j.migrations ("
                    + properties.getMigrations() + ") are both set: set exactly one, atlas4j.schema for a declarative apply"
                    + " or atlas4j.migrations for a versioned migration directory");
        }
        if (!schema && !migrations) {
            throw new InvalidInputException("neither atlas4j.schema nor atlas4j.migrations is set: set one"
                    + " (e.g. atlas4j.schema=classpath:db/schema.sql), or atlas4j.enabled=false to start without atlas4j");
        }
        if (properties.getLockTimeout() == null || properties.getLockTimeout().isNegative()) {
            throw new InvalidInputException("atlas4j.lock-timeout must be zero or positive, got " + properties.getLockTimeout());
        }
        DataSource dataSource = dataSource(properties, dataSources);
        if (hasText(properties.getWebhook().getUrl()) && !ClassUtils.isPresent(WEBHOOK_CLASS, resourceLoader.getClassLoader())) {
            LOG.warn("atlas4j.webhook.url is set but atlas4j-notify is not on the class path, so no webhook will be called:"
                    + " add the dependency io.atlas4j:atlas4j-notify");
        }
        RunListeners listeners = new RunListeners(() -> runListeners.orderedStream().toList(),
                hasText(properties.getUrl()) ? RunListeners.target(properties.getUrl()) : RunListeners.target(dataSource));
        return schema ? schemaMigrator(properties, dataSource, resourceLoader, listeners, environment)
                : directoryMigrator(properties, dataSource, resourceLoader, listeners);
    }

    @Bean
    @ConditionalOnMissingBean(Atlas4jMigrationInitializer.class)
    public Atlas4jMigrationInitializer atlas4jMigrationInitializer(Atlas4jMigrator migrator) {
        return new Atlas4jMigrationInitializer(migrator);
    }

    private static Atlas4jMigrator schemaMigrator(Atlas4jProperties p, DataSource dataSource, ResourceLoader loader, RunListeners listeners,
                                                  Environment environment) {
        String location = p.getSchema();
        // A jpa:// schema is exported with the application's own naming strategies, so Hibernate later finds what it expects.
        String source = SpringJpaSettings.apply(location, environment, loader.getClassLoader());
        Supplier<SchemaBootstrap> bootstrap = once(() -> {
            SchemaBootstrap b = hasText(p.getUrl()) && !hasText(p.getUser()) ? SchemaBootstrap.of(p.getUrl()) : SchemaBootstrap.of(dataSource);
            b = (Locations.isSchemaSourceUrl(location) ? b.desired(source) : b.desired(Locations.schemaPath(loader, location))).timeout(p.getLockTimeout()).historyTable(p.getHistoryTable());
            Policy policy = Policy.defaults();
            if (p.isAllowDestructive()) policy = policy.allowDestructive();
            if (!p.getAllowDrops().isEmpty()) policy = policy.allowDrops(p.getAllowDrops().toArray(String[]::new));
            if (!p.getNeverDrop().isEmpty()) policy = policy.neverDrop(p.getNeverDrop().toArray(String[]::new));
            b = b.policy(policy);
            Atlas4jProperties.Lint lint = p.getLint();
            if (lint.getFailOn() != null || hasText(lint.getConfig())) {
                LintConfig config = hasText(lint.getConfig()) ? LintConfig.parse(lint.getConfig()) : LintConfig.defaults();
                b = b.lint(config, lint.getFailOn() != null ? lint.getFailOn() : Severity.ERROR);
            }
            if (hasText(p.getDevUrl())) b = b.devDatabase(Dialects.dataSource(p.getDevUrl()));
            return b;
        });
        return new SchemaMigrator(bootstrap, location, listeners);
    }

    private static Atlas4jMigrator directoryMigrator(Atlas4jProperties p, DataSource dataSource, ResourceLoader loader,
                                                    RunListeners listeners) {
        String location = p.getMigrations();
        DirectoryFormat format = DirectoryFormat.parse(p.getMigrationsFormat());
        Supplier<Migrations> migrations = once(() -> {
            String folder = Locations.classpathFolder(location);
            ClassLoader cl = loader.getClassLoader() != null ? loader.getClassLoader() : Atlas4jAutoConfiguration.class.getClassLoader();
            Migrations m = folder != null ? Migrations.fromClasspath(folder, format, cl) : Migrations.of(Locations.filePath(location), format);
            m = m.lockTimeout(p.getLockTimeout());
            if (hasText(p.getRevisionsSchema())) m = m.revisionsSchema(p.getRevisionsSchema());
            if (hasText(p.getBaselineVersion())) m = m.baseline(p.getBaselineVersion());
            return m;
        });
        return new DirectoryMigrator(migrations, dataSource, location, listeners);
    }

    private static DataSource dataSource(Atlas4jProperties p, ObjectProvider<DataSource> dataSources) {
        if (hasText(p.getUrl())) {
            return hasText(p.getUser()) ? Dialects.dataSource(p.getUrl(), p.getUser(), p.getPassword()) : Dialects.dataSource(p.getUrl());
        }
        DataSource ds = dataSources.getIfUnique();
        if (ds == null) {
            throw new InvalidInputException("atlas4j found no single DataSource to migrate: define one (or mark one @Primary),"
                    + " or set atlas4j.url");
        }
        return ds;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    /**
     * {@code atlas4j.webhook.url}: a webhook told after each run, when atlas4j-notify (an optional dependency) is on
     * the class path. Named by string, so this class loads without it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = WEBHOOK_CLASS)
    @ConditionalOnProperty(prefix = "atlas4j.webhook", name = "url")
    static class WebhookConfiguration {
        @Bean
        Atlas4jRunListener atlas4jWebhook(Atlas4jProperties properties) {
            return WebhookNotifier.of(properties.getWebhook());
        }
    }

    /** A database to migrate: the application's DataSource, or {@code atlas4j.url}. */
    static final class DatabaseGiven extends AnyNestedCondition {
        DatabaseGiven() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "atlas4j", name = "url")
        static final class UrlProperty {
        }
    }
}
