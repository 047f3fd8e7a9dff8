package io.atlas4j.postgres.internal;

import io.atlas4j.postgres.PgArrayType;
import io.atlas4j.postgres.PgBitType;
import io.atlas4j.postgres.PgNamedType;
import io.atlas4j.postgres.PgNetworkType;
import io.atlas4j.postgres.PgRangeType;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.JsonType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.Types;
import io.atlas4j.schema.type.UnsupportedType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.OptionalInt;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PgTypesTest {
    private final PgTypes types = PgTypes.builtIn();

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("integer", new IntegerType("integer")),
                Arguments.of("int4", new IntegerType("integer")),
                Arguments.of("INT", new IntegerType("integer")),
                Arguments.of("int8", new IntegerType("bigint")),
                Arguments.of("character varying(20)", new StringType("character varying", 20)),
                Arguments.of("varchar(20)", new StringType("character varying", 20)),
                Arguments.of("character varying", new StringType("character varying")),
                Arguments.of("char(3)", new StringType("character", 3)),
                Arguments.of("numeric(10,2)", new DecimalType("numeric", 10, 2)),
                Arguments.of("decimal(5)", new DecimalType("numeric", 5, 0)),
                Arguments.of("numeric", new DecimalType("numeric", OptionalInt.empty(), OptionalInt.empty(), false)),
                Arguments.of("double precision", new FloatType("double precision")),
                Arguments.of("float8", new FloatType("double precision")),
                Arguments.of("bool", new BoolType("boolean")),
                Arguments.of("timestamp(3) with time zone", new TimeType("timestamp with time zone", OptionalInt.of(3))),
                Arguments.of("timestamptz", new TimeType("timestamp with time zone")),
                Arguments.of("timestamp without time zone", new TimeType("timestamp without time zone")),
                Arguments.of("time(0) with time zone", new TimeType("time with time zone", OptionalInt.of(0))),
                Arguments.of("interval hour to minute", new TimeType("interval hour to minute")),
                Arguments.of("jsonb", new JsonType("jsonb")),
                Arguments.of("integer[]", new PgArrayType(new IntegerType("integer"))),
                Arguments.of("character varying(5)[]", new PgArrayType(new StringType("character varying", 5))),
                Arguments.of("bit varying(16)", new PgBitType("bit varying", OptionalInt.of(16))),
                Arguments.of("tstzrange", new PgRangeType("tstzrange")),
                Arguments.of("inet", new PgNetworkType("inet")),
                Arguments.of("tsvector", new PgNamedType("tsvector")),
                Arguments.of("public.citext", new UnsupportedType("public.citext")));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void parsesAndRoundTrips(String spelling, ColumnType expected) {
        ColumnType t = types.parse(spelling);
        assertThat(t).isEqualTo(expected);
        assertThat(types.parse(types.format(t))).isEqualTo(t);
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void canonicalFormIsStable(String spelling, ColumnType expected) {
        assertThat(types.canonical(expected)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void modelBuiltTypesNormalizeToServerSpelling() {
        assertThat(types.canonical(Types.INTEGER)).isEqualTo(new IntegerType("integer"));
        assertThat(types.canonical(Types.varchar(10))).isEqualTo(new StringType("character varying", 10));
        assertThat(types.canonical(Types.TIMESTAMP)).isEqualTo(new TimeType("timestamp without time zone"));
        assertThat(types.canonical(Types.decimal(8, 2))).isEqualTo(new DecimalType("numeric", 8, 2));
    }
}
