package io.atlas4j.operator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesPerFailureUpToTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));
        assertThat(b.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(b.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.after(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void rejectsACapBelowTheFirstDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1))).hasMessageContaining("below its initial delay");
    }
}
