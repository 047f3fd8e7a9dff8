package io.atlas4j.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names PostgreSQL 15 gave these unnamed view columns ({@code FigureColname}), as pg_get_viewdef printed them. */
class PgViewColumnNamesTest {
    private static String name(String expression) throws Exception {
        return PgViewColumnNames.of(CCJSqlParserUtil.parseExpression(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "t.a | a",
        "(b) | b",
        "lower(b) | lower",
        "max(t.b) | max",
        "b::text | b",
        "1::int | int4",
        "1::integer | int4",
        "'1'::numeric | numeric",
        "'x'::varchar | varchar",
        "'x'::character varying | varchar",
        "'x'::e | e",
        "'1'::real | float4",
        "'x'::char(2) | bpchar",
        "'x'::varchar(10) | varchar",
        "'2020-01-01'::timestamp(3) with time zone | timestamptz",
        "'1'::numeric(10,2) | numeric",
        "date '2020-01-01' | date",
        "timestamp '2020-01-01 00:00:00' | timestamp",
        "interval '1 day' | interval",
        "extract(year from now()) | extract",
        "sum(a) over () | sum",
        "row_number() over (order by a) | row_number",
        "1 | ?column?",
        "'x' | ?column?",
        "true | ?column?",
        "a + 1 | ?column?",
        "a is distinct from 1 | ?column?",
        "current_date | current_date",
    })
    void namesAsTheServerChoosesThem(String expression, String expected) throws Exception {
        assertThat(name(expression)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1::float(3)", "'{}'::int[]", "trim(b)"})
    void refusesWhatItCannotName(String expression) {
        assertThatThrownBy(() -> name(expression)).isInstanceOf(Unsupported.class);
    }
}
