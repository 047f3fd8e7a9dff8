package io.atlas4j.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code atlas4j} actuator endpoint: for each {@link Atlas4jMigrator} bean (by bean name), what
 * has been applied to its database: the history table's rows for a declarative apply, the
 * revisions for a migration directory.
 */
@Endpoint(id = "atlas4j")
public class Atlas4jEndpoint {
    private final ListableBeanFactory beans;

    public Atlas4jEndpoint(ListableBeanFactory beans) {
        this.beans = Objects.requireNonNull(beans, "beans");
    }

    @ReadOperation
    public Map<String, Atlas4jHistory> history() {
        Map<String, Atlas4jHistory> out = new LinkedHashMap<>();
        beans.getBeansOfType(Atlas4jMigrator.class).forEach((name, m) -> out.put(name, m.history()));
        return out;
    }
}
