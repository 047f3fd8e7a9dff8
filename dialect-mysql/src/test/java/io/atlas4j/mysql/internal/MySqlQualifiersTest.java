package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlQualifiersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "nextval(`dev_1`.`seq`)|nextval(`seq`)",
            "select `dev_1`.`t`.`a` AS `a` from `dev_1`.`t`|select `t`.`a` AS `a` from `t`",
            "select '`dev_1`.`t`' AS `x` from `dev_1`.`t`|select '`dev_1`.`t`' AS `x` from `t`",
            "select 'it''s' from `dev_1`.`t`|select 'it''s' from `t`",
            "select 'a\\'`dev_1`.b' from `dev_1`.`t`|select 'a\\'`dev_1`.b' from `t`",
            "select `t`.`dev_1`.`c`|select `t`.`dev_1`.`c`",
            "select `dev_1` from `other`.`t`|select `dev_1` from `other`.`t`",
            "nextval(`other`.`seq`)|nextval(`other`.`seq`)",
            "select `we``ird`.`a` from `dev_1`.`we``ird`|select `we``ird`.`a` from `we``ird`",
            "select `dev_10`.`t`.`a`|select `dev_10`.`t`.`a`",
    })
    void removesOnlyTheSchemasOwnQualifier(String sql, String expected) {
        assertThat(MySqlQualifiers.unqualify("dev_1", sql)).isEqualTo(expected);
    }

    @Test
    void leavesTextWithoutTheQualifierAsItIs() {
        String sql = "`a` * 2";
        assertThat(MySqlQualifiers.unqualify("dev_1", sql)).isSameAs(sql);
        assertThat(MySqlQualifiers.unqualify("dev_1", null)).isNull();
    }

    @Test
    void sequencesReadByDefaults() {
        assertThat(MySqlQualifiers.sequencesRead("nextval(`seq`)")).containsExactly(QualifiedName.of("seq"));
        assertThat(MySqlQualifiers.sequencesRead("lastval(`o`.`s`) + NEXTVAL(`seq`) + nextval(`seq`)"))
                .containsExactly(QualifiedName.of("o", "s"), QualifiedName.of("seq"));
        assertThat(MySqlQualifiers.sequencesRead("'nextval'")).isEmpty();
        assertThat(MySqlQualifiers.sequencesRead("current_timestamp()")).isEmpty();
    }
}
