package io.atlas4j.plan.lint;

import io.atlas4j.plan.TypeChanges;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeChangesTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new StringType("varchar", 100), new StringType("varchar", 50), true),
                Arguments.of(new StringType("varchar", 100), new StringType("varchar", 200), false),
                Arguments.of(new StringType("text"), new StringType("varchar", 200), true),
                Arguments.of(new StringType("varchar", 100), new StringType("text"), false),
                Arguments.of(new IntegerType("bigint"), new IntegerType("int"), true),
                Arguments.of(new IntegerType("int"), new IntegerType("bigint"), false),
                Arguments.of(new IntegerType("int"), new DecimalType("numeric", 20, 0), false),
                Arguments.of(new DecimalType("numeric", 10, 2), new DecimalType("numeric", 10, 1), true),
                Arguments.of(new DecimalType("numeric", 10, 2), new DecimalType("numeric", 12, 2), false),
                Arguments.of(new StringType("text"), new IntegerType("int"), true),
                Arguments.of(new IntegerType("int"), new StringType("text"), false),
                Arguments.of(new UnsupportedType("tsvector"), new StringType("varchar", 3), false));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("cases")
    void narrowing(ColumnType from, ColumnType to, boolean narrowing) {
        assertThat(TypeChanges.isNarrowing(from, to)).isEqualTo(narrowing);
    }
}
