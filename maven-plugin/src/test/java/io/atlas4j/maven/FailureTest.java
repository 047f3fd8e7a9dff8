package io.atlas4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.error.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTest {
    private final SchemaInspectMojo mojo = new SchemaInspectMojo();

    @Test
    void libraryMessagesBecomeOneLineFailures() {
        assertThat(mojo.failure(new InvalidInputException("first line\n   second line")).getMessage()).isEqualTo("first line second line");
    }

    @Test
    void aRefusedDropNamesTheParameterThatAllowsIt() {
        assertThat(mojo.failure(new DestructiveChangeException(List.of("DROP TABLE users"))).getMessage())
                .startsWith("refusing 1 destructive statement (DROP TABLE users)")
                .endsWith("with allowDestructive (-Datlas4j.allowDestructive=true)");
    }

    @Test
    void passwordsInMessagesAreMasked() {
        assertThat(mojo.failure(new InvalidInputException("cannot connect to \"postgres://u:s3cret@h/db\"")).getMessage())
                .isEqualTo("cannot connect to \"postgres://u:xxxxx@h/db\"");
    }

    @Test
    void durationsAsAtlasWritesThem() {
        assertThat(Durations.parse("1m30s", "lockTimeout")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("PT10S", "lockTimeout")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("500ms", "lockTimeout")).isEqualTo(Duration.ofMillis(500));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Durations.parse("soon", "lockTimeout"))
                .hasMessageContaining("invalid duration \"soon\" for lockTimeout");
    }
}
