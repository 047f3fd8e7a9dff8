package io.atlas4j.spring.boot.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Gives a {@code jpa://} desired schema the Hibernate settings of the application's own JPA set-up, so the exported
 * DDL names tables and columns as the application's Hibernate will look for them: Spring's naming strategies
 * ({@code spring.jpa.hibernate.naming.*}, by default camelCase to snake_case) and the {@code hibernate.*} entries
 * of {@code spring.jpa.properties}. Settings the URL gives itself win.
 */
public final class SpringJpaSettings {
    /** Spring Boot's default physical naming strategy (a Hibernate class in Hibernate 6 and 7). */
    static final String PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Spring Boot's implicit naming strategy: Boot 4's package first, then Boot 3's. */
    static final List<String> IMPLICIT_DEFAULTS = List.of("org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    private SpringJpaSettings() {
    }

    /** {@return {@code location} with Spring's JPA settings added when it is a {@code jpa://} URL; other locations unchanged} */
    public static String apply(String location, Environment environment, ClassLoader loader) {
        if (!location.startsWith("jpa://")) return location;
        Map<String, String> settings = new LinkedHashMap<>();
        Binder.get(environment).bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .forEach((k, v) -> {
                    if (k.startsWith("hibernate.") || k.startsWith("jakarta.persistence.")) settings.put(k, v);
                });
        settings.putIfAbsent("hibernate.physical_naming_strategy",
                environment.getProperty("spring.jpa.hibernate.naming.physical-strategy", PHYSICAL_DEFAULT));
        String implicit = environment.getProperty("spring.jpa.hibernate.naming.implicit-strategy");
        if (implicit == null) implicit = IMPLICIT_DEFAULTS.stream().filter(c -> ClassUtils.isPresent(c, loader)).findFirst().orElse(null);
        if (implicit != null) settings.putIfAbsent("hibernate.implicit_naming_strategy", implicit);
        StringBuilder url = new StringBuilder(location);
        for (Map.Entry<String, String> s : settings.entrySet()) {
            if (location.contains("?" + s.getKey() + "=") || location.contains("&" + s.getKey() + "=")) continue;
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(s.getKey()).append('=')
                    .append(URLEncoder.encode(s.getValue(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
