package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SqliteTypesTest {
    private final SqliteTypes types = SqliteTypes.INSTANCE;

    @Test
    void keepsTheSpellingAndSplitsParameters() {
        assertThat(types.parse("INTEGER")).isEqualTo(new IntegerType("INTEGER"));
        assertThat(types.parse("unsigned big int")).isEqualTo(new IntegerType("unsigned big int"));
        assertThat(types.parse("VARCHAR(255)")).isEqualTo(new StringType("VARCHAR", 255));
        assertThat(types.parse("nvarchar (40)")).isEqualTo(new StringType("nvarchar", 40));
        assertThat(types.parse("DECIMAL(10, 5)")).isEqualTo(new DecimalType("DECIMAL", 10, 5));
        assertThat(types.parse("numeric")).isEqualTo(new DecimalType("numeric", OptionalInt.empty(), OptionalInt.empty(), false));
        assertThat(types.parse("DOUBLE PRECISION")).isEqualTo(new FloatType("DOUBLE PRECISION"));
        assertThat(types.parse("BLOB")).isEqualTo(new BinaryType("BLOB"));
        assertThat(types.parse("boolean")).isEqualTo(new BoolType("boolean"));
        assertThat(types.parse("DATETIME")).isEqualTo(new TimeType("DATETIME"));
        assertThat(types.parse("")).isEqualTo(new UnsupportedType(""));
        assertThat(types.parse("ANY")).isEqualTo(new UnsupportedType("ANY"));
        assertThat(types.parse("INT(11)")).isEqualTo(new UnsupportedType("INT(11)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTEGER", "int", "BIGINT", "UNSIGNED BIG INT", "VARCHAR(255)", "CHARACTER(20)", "VARYING CHARACTER(255)",
        "NATIVE CHARACTER(70)", "NVARCHAR(100)", "TEXT", "CLOB", "BLOB", "REAL", "DOUBLE", "FLOAT(24)", "NUMERIC", "DECIMAL(10,5)",
        "decimal(12)", "BOOLEAN", "DATE", "DATETIME", "TIMESTAMP(3)", "JSON", "UUID", "ANY", "", "INT(11)", "money", "VARCHAR(MAX)"})
    void roundTrips(String spelling) {
        ColumnType t = types.parse(spelling);
        assertThat(types.parse(types.format(t))).isEqualTo(t);
    }
}
