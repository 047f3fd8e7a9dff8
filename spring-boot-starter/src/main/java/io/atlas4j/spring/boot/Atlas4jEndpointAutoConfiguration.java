package io.atlas4j.spring.boot;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code atlas4j} actuator endpoint, when actuator is on the class path and atlas4j migrates. */
@AutoConfiguration(after = Atlas4jAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Atlas4jMigrator.class)
public class Atlas4jEndpointAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    public Atlas4jEndpoint atlas4jEndpoint(ListableBeanFactory beans) {
        return new Atlas4jEndpoint(beans);
    }
}
