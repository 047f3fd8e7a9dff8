package io.atlas4j.operator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
    @Test
    void masksTheUrlAndItsPasswordWhereverAMessageRepeatsThem() {
        Redactor r = new Redactor();
        r.url("postgres://app:p%40ss-w0rd@db:5432/app?sslmode=disable");
        String msg = "cannot connect to postgres://app:p%40ss-w0rd@db:5432/app?sslmode=disable: password authentication failed"
                + " (password p@ss-w0rd)";
        String clean = r.clean(msg);
        assertThat(clean).doesNotContain("p%40ss-w0rd").doesNotContain("p@ss-w0rd").contains("app:xxxxx@db:5432").contains("authentication failed");
    }

    @Test
    void masksThePasswordParameterOfAJdbcUrl() {
        Redactor r = new Redactor();
        r.url("jdbc:postgresql://db/app?user=app&password=hunter22");
        assertThat(r.clean("error at jdbc:postgresql://db/app?user=app&password=hunter22 and again hunter22"))
                .doesNotContain("hunter22").contains("password=xxxxx");
    }

    @Test
    void masksUrlPasswordsItWasNotTold() {
        assertThat(new Redactor().clean("mysql://root:topsecret@h/db")).isEqualTo("mysql://root:xxxxx@h/db");
    }
}
