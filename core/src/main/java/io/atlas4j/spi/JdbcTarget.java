package io.atlas4j.spi;

import java.util.Objects;
import java.util.Properties;

/** A JDBC URL and its connection properties (user, password kept out of the URL). */
public record JdbcTarget(String jdbcUrl, Properties properties) {
    public JdbcTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Properties copy = new Properties();
        copy.putAll(properties);
        properties = copy;
    }
}
