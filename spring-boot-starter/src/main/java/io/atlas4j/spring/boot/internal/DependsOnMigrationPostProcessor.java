package io.atlas4j.spring.boot.internal;

import io.atlas4j.spring.boot.Atlas4jMigrationInitializer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Makes every bean that uses the database through JPA, JDBC templates or jOOQ depend on the
 * {@link Atlas4jMigrationInitializer} beans, so the bean factory creates (and so runs) the migration
 * first. Types are named as strings and skipped when absent, so the application needs none of them,
 * and the names are the same in Spring Boot 3 and 4 (they are Spring Framework's, Jakarta's and jOOQ's).
 */
public final class DependsOnMigrationPostProcessor implements BeanFactoryPostProcessor, Ordered {
    /** Types whose beans must not be created before the database is migrated; a factory bean type covers what it makes. */
    static final List<String> DEPENDENT_TYPES = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
            "org.springframework.jdbc.core.simple.JdbcClient",
            "org.jooq.DSLContext");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        String[] initializers = BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, Atlas4jMigrationInitializer.class, true, false);
        if (initializers.length == 0) return;
        for (String type : DEPENDENT_TYPES) {
            if (!ClassUtils.isPresent(type, loader)) continue;
            Class<?> cls = ClassUtils.resolveClassName(type, loader);
            for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, cls, true, false)) {
                addDependsOn(beanFactory, BeanFactoryUtils.transformedBeanName(name), initializers);
            }
        }
    }

    private static void addDependsOn(ConfigurableListableBeanFactory beanFactory, String bean, String[] initializers) {
        BeanDefinition definition;
        try {
            definition = beanFactory.getBeanDefinition(bean);
        } catch (NoSuchBeanDefinitionException e) {
            return; // defined in a parent context, which was refreshed (and migrated) before this one
        }
        Set<String> dependsOn = new LinkedHashSet<>();
        if (definition.getDependsOn() != null) dependsOn.addAll(List.of(definition.getDependsOn()));
        for (String i : initializers) if (!i.equals(bean)) dependsOn.add(i);
        definition.setDependsOn(dependsOn.toArray(String[]::new));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
