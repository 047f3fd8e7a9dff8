package io.atlas4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void masksUserInfoParametersAndKnownPasswordsVerbatim() {
        Credentials c = new Credentials(Optional.of("app"), Optional.of("hunter2!"));
        Secrets secrets = Secrets.of(c, "postgres://u:urlpass@h/db", null, "file://schema.sql");
        assertThat(secrets.mask("cannot connect to postgres://app:hunter2%21@h/db: password authentication failed"))
                .isEqualTo("cannot connect to postgres://app:xxxxx@h/db: password authentication failed");
        assertThat(secrets.mask("jdbc:postgresql://h/db?user=app&password=hunter2%21")).isEqualTo("jdbc:postgresql://h/db?user=app&password=xxxxx");
        assertThat(secrets.mask("the server said hunter2! and urlpass")).isEqualTo("the server said xxxxx and xxxxx");
    }

    @Test
    void leavesShortPasswordsToUrlMasking() {
        Secrets secrets = Secrets.of(new Credentials(Optional.empty(), Optional.of("a")), "postgres://u:a@h/db");
        assertThat(secrets.mask("a table at postgres://u:a@h/db")).isEqualTo("a table at postgres://u:xxxxx@h/db");
    }
}
