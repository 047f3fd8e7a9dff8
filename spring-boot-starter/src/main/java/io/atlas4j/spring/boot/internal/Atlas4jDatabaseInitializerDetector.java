package io.atlas4j.spring.boot.internal;

import io.atlas4j.spring.boot.Atlas4jMigrationInitializer;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot's database-initialization ordering that {@link Atlas4jMigrationInitializer}
 * beans initialize the database, so beans marked {@code @DependsOnDatabaseInitialization} (and
 * those Boot's own detectors find) are created after the migration.
 */
public final class Atlas4jDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Atlas4jMigrationInitializer.class);
    }
}
