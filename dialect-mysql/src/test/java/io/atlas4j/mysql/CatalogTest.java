package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The catalog rendering's normalizer and comparison, without a server. */
class CatalogTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "select `app`.`t`.`a` AS `a` from `app`.`t`|select `t`.`a` AS `a` from `t`",
            "nextval(`app`.`seq`)|nextval(`seq`)",
            "nextval(app.seq)|nextval(seq)",
            "DELETE FROM app.t WHERE x = 'app.t'|DELETE FROM t WHERE x = 'app.t'",
            "select 'it''s `app`.x' from `app`.`t`|select 'it''s `app`.x' from `t`",
            "select * from `other`.`t` join myapp.u join app_2.v|select * from `other`.`t` join myapp.u join app_2.v",
            "select `x`.`app`.`y`|select `x`.`app`.`y`",
            "select `app`|select `app`",
            "nextval(`other`.`seq`)|nextval(`other`.`seq`)",
    })
    void removesOnlyTheDatabasesOwnQualifier(String raw, String normalized) {
        assertThat(Catalog.normalize("app", raw)).isEqualTo(normalized);
    }

    @Test
    void nullIsMarked() {
        assertThat(Catalog.normalize("app", null)).isEqualTo(Catalog.NULL);
    }

    @Test
    void differencesNameKeyAndBothValues() {
        Catalog desired = catalog("column t.a", "column_type=int(11)", "index t.ix", "non_unique=1");
        Catalog actual = catalog("column t.a", "column_type=bigint(20)", "index t.fk", "non_unique=1");
        assertThat(Catalog.differences(desired, actual)).containsExactly(
                "column t.a\n    desired: column_type=int(11)\n    actual:  column_type=bigint(20)",
                "index t.fk\n    desired: (absent)\n    actual:  non_unique=1",
                "index t.ix\n    desired: non_unique=1\n    actual:  (absent)");
        assertThat(Catalog.differences(desired, desired)).isEmpty();
    }

    @Test
    void autoIncrementCountsOnlyWhenTheDesiredStartIsAheadAndActualIsBehind() {
        assertThat(Catalog.differences(catalog("auto_increment t", "1"), catalog("auto_increment t", "500"))).isEmpty();
        assertThat(Catalog.differences(catalog("auto_increment t", Catalog.NULL), catalog("auto_increment t", "7"))).isEmpty();
        assertThat(Catalog.differences(catalog("auto_increment t", "100"), catalog("auto_increment t", "100"))).isEmpty();
        assertThat(Catalog.differences(catalog("auto_increment t", "100"), catalog("auto_increment t", "150"))).isEmpty();
        assertThat(Catalog.differences(catalog("auto_increment t", "100"), catalog("auto_increment t", "1"))).hasSize(1);
        assertThat(Catalog.differences(catalog("auto_increment t", "100"), catalog("auto_increment t", Catalog.NULL))).hasSize(1);
    }

    private static Catalog catalog(String... kv) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return new Catalog("app", m);
    }
}
