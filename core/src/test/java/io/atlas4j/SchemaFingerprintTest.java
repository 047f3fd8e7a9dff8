package io.atlas4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import org.junit.jupiter.api.Test;

class SchemaFingerprintTest {
    static Table users(boolean withEmail) {
        return Table.of("users", t -> {
            t.column("id", new IntegerType("integer")).primaryKey("id").index("b_idx", "id").index("a_idx", "id");
            if (withEmail) t.column("email", new StringType("text"));
        });
    }

    static final Table ORDERS = Table.of("orders", t -> t.column("id", new IntegerType("integer")));

    @Test
    void independentOfListingOrderAndSchemaName() {
        Schema a = Schema.builder("main").table(users(true)).table(ORDERS).build();
        Schema b = Schema.builder("public").table(ORDERS).table(users(true).withIndexes(java.util.List.of(users(true).indexes().get(1), users(true).indexes().get(0)))).build();
        assertThat(SchemaFingerprint.of(a)).hasSize(64).isEqualTo(SchemaFingerprint.of(b));
    }

    @Test
    void changesWithTheSchema() {
        Schema a = Schema.builder("main").table(users(true)).build();
        Schema b = Schema.builder("main").table(users(false)).build();
        assertThat(SchemaFingerprint.of(a)).isNotEqualTo(SchemaFingerprint.of(b));
        Schema c = Schema.builder("main").table(users(true)).table(ORDERS).build();
        assertThat(SchemaFingerprint.of(a)).isNotEqualTo(SchemaFingerprint.of(c));
    }
}
