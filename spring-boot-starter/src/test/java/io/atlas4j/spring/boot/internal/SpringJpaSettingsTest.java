package io.atlas4j.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.jpa.JpaUrl;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A jpa:// schema takes the application's naming strategies and Hibernate properties; the URL's own settings win. */
class SpringJpaSettingsTest {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void springsDefaultNamingIsAdded() {
        JpaUrl url = JpaUrl.parse(SpringJpaSettings.apply("jpa://com.example.model", new MockEnvironment(), loader));
        assertThat(url.packages()).containsExactly("com.example.model");
        assertThat(url.properties()).containsEntry("hibernate.physical_naming_strategy", SpringJpaSettings.PHYSICAL_DEFAULT)
                .containsEntry("hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    }

    @Test
    void theApplicationsSettingsAndThenTheUrlsWin() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.jpa.hibernate.naming.physical-strategy", "com.example.Physical")
                .withProperty("spring.jpa.properties.hibernate.globally_quoted_identifiers", "true")
                .withProperty("spring.jpa.properties.hibernate.default_schema", "app")
                .withProperty("spring.jpa.properties.javax.cache.uri", "ignored");
        String applied = SpringJpaSettings.apply("jpa://com.example.model?hibernate.default_schema=shop", env, loader);
        JpaUrl url = JpaUrl.parse(applied);
        assertThat(url.properties()).containsEntry("hibernate.physical_naming_strategy", "com.example.Physical")
                .containsEntry("hibernate.globally_quoted_identifiers", "true")
                .containsEntry("hibernate.default_schema", "shop")
                .doesNotContainKey("javax.cache.uri");
    }

    @Test
    void otherLocationsAreLeftAlone() {
        assertThat(SpringJpaSettings.apply("classpath:db/schema.sql", new MockEnvironment(), loader)).isEqualTo("classpath:db/schema.sql");
        assertThat(SpringJpaSettings.apply("ext://gen --all", new MockEnvironment(), loader)).isEqualTo("ext://gen --all");
    }
}
