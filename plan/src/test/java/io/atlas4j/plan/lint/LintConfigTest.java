package io.atlas4j.plan.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LintConfigTest {
    @Test
    void parsesCodesAndFamilies() {
        LintConfig c = LintConfig.parse(" DS102=warning, lk=off,MF104=ERROR ,");
        assertThat(c.effective("DS102", Severity.ERROR)).contains(Severity.WARNING);
        assertThat(c.effective("DS103", Severity.ERROR)).contains(Severity.ERROR);
        assertThat(c.effective("LK101", Severity.WARNING)).isEmpty();
        assertThat(c.effective("MF104", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(LintConfig.parse("")).isEqualTo(LintConfig.defaults());
    }

    @Test
    void fullCodeWinsOverItsFamily() {
        LintConfig c = LintConfig.defaults().off("LK").severity("LK104", Severity.ERROR);
        assertThat(c.effective("LK104", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(c.effective("LK101", Severity.WARNING)).isEmpty();
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> LintConfig.parse("DS102:warning")).hasMessageContaining("\"DS102:warning\" is not CODE=SEVERITY");
        assertThatThrownBy(() -> LintConfig.parse("DS102=loud")).hasMessageContaining("severity must be info, warning, error or off");
    }
}
