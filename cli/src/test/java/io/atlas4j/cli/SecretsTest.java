package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void masksUrlPasswordsAndTheirRawValueAnywhere() {
        Secrets s = Secrets.of(List.of("schema", "apply", "--url", "postgres://app:s3cr3t-pw@db:5432/app",
                "--dev-url=jdbc:postgresql://db/dev?user=app&password=hunter22"));
        String masked = s.mask("cannot connect to postgres://app:s3cr3t-pw@db:5432/app as app/s3cr3t-pw; "
                + "jdbc:postgresql://db/dev?user=app&password=hunter22 failed (hunter22)");
        assertThat(masked).doesNotContain("s3cr3t-pw").doesNotContain("hunter22").contains("app:xxxxx@db");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        Secrets s = Secrets.of(List.of("schema", "inspect", "--url", "sqlite://app.db"));
        assertThat(s.mask("no such table: users")).isEqualTo("no such table: users");
    }
}
