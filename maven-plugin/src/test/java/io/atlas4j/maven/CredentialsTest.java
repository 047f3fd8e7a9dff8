package io.atlas4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsTest {
    private static final Credentials BOTH = new Credentials(Optional.of("app"), Optional.of("p@ss word/1"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgres://127.0.0.1:5432/db?search_path=public | postgres://app:p%40ss%20word%2F1@127.0.0.1:5432/db?search_path=public",
            "postgres://old@127.0.0.1/db                     | postgres://app:p%40ss%20word%2F1@127.0.0.1/db",
            "postgres://old:secret@127.0.0.1/db              | postgres://app:p%40ss%20word%2F1@127.0.0.1/db",
            "mysql://localhost                               | mysql://app:p%40ss%20word%2F1@localhost",
            "jdbc:postgresql://127.0.0.1/db                  | jdbc:postgresql://127.0.0.1/db?user=app&password=p%40ss%20word%2F1",
            "jdbc:mariadb://127.0.0.1/db?useSsl=false        | jdbc:mariadb://127.0.0.1/db?useSsl=false&user=app&password=p%40ss%20word%2F1",
            "sqlite://app.db                                 | sqlite://app.db",
            "sqlite://:memory:                               | sqlite://:memory:",
            "jdbc:sqlite:app.db                              | jdbc:sqlite:app.db",
            "file://schema.sql                               | file://schema.sql",
    })
    void putsUserAndPasswordIntoServerUrlsOnly(String url, String expected) {
        assertThat(BOTH.applyTo(url)).isEqualTo(expected);
    }

    @Test
    void aPasswordAloneKeepsTheUrlsUser() {
        Credentials password = new Credentials(Optional.empty(), Optional.of("s3cret"));
        assertThat(password.applyTo("postgres://postgres@127.0.0.1/db")).isEqualTo("postgres://postgres:s3cret@127.0.0.1/db");
        assertThat(password.applyTo("postgres://127.0.0.1/db")).isEqualTo("postgres://:s3cret@127.0.0.1/db");
    }

    @Test
    void noneLeavesUrlsAlone() {
        assertThat(Credentials.NONE.applyTo("postgres://u:p@h/db")).isEqualTo("postgres://u:p@h/db");
        assertThat(Credentials.NONE.applyTo(null)).isNull();
    }

    @Test
    void theServerWinsOverTheEnvironment() {
        Credentials server = new Credentials(Optional.of("app"), Optional.empty());
        Credentials env = new Credentials(Optional.empty(), Optional.of("fromenv"));
        assertThat(server.or(env)).isEqualTo(new Credentials(Optional.of("app"), Optional.of("fromenv")));
        assertThat(BOTH.or(env)).isEqualTo(BOTH);
    }

    @Test
    void neverShowsThePassword() {
        assertThat(BOTH.toString()).doesNotContain("p@ss").contains("xxxxx");
    }
}
