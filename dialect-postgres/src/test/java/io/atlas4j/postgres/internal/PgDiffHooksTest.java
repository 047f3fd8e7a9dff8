package io.atlas4j.postgres.internal;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.Types;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgDiffHooksTest {
    @ParameterizedTest
    @CsvSource({"orders,orders_pkey,true", "orders,orders_customer_id_fkey,true", "orders,orders_code_key1,true",
            "orders,orders_qty_check,true", "orders,orders_a_b_idx,true", "orders,fk_customer,false",
            "orders,customers_pkey,false", "orders,,true",
            "a_very_long_table_name_that_gets_cut,a_very_long_table_na_some_column_key,true"})
    void recognizesServerGeneratedNames(String table, String name, boolean generated) {
        assertThat(PgDiffHooks.generated(Table.of(table, b -> { }), name == null ? "" : name)).isEqualTo(generated);
    }

    @Test
    void aliasesDiffToNothing() {
        Schema a = Schema.builder("public").table(Table.of("t", b -> b.column("id", Types.INTEGER).column("n", Types.varchar(5)))).build();
        Schema b = Schema.builder("public").table(Table.of("t", x -> x.column("id", new IntegerType("integer"))
                .column("n", new StringType("character varying", 5)))).build();
        assertThat(Differ.diff(a, b, new PgDiffHooks(), DiffOptions.defaults())).isEmpty();
    }
}
