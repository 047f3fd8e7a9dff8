package io.atlas4j.spring.boot;

import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link Atlas4jMigrator} when the bean factory creates this bean. The auto-configuration
 * makes entity manager factories, JDBC templates and beans marked
 * {@code @DependsOnDatabaseInitialization} depend on every bean of this type, so the database is
 * migrated before any of them is created.
 */
public class Atlas4jMigrationInitializer implements InitializingBean {
    private final Atlas4jMigrator migrator;

    public Atlas4jMigrationInitializer(Atlas4jMigrator migrator) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    @Override
    public void afterPropertiesSet() {
        migrator.migrate();
    }

    public Atlas4jMigrator migrator() {
        return migrator;
    }
}
