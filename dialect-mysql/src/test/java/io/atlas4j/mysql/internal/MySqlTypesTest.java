package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.EnumType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.Types;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlTypesTest {
    private final MySqlTypes types = new MySqlTypes();

    /** COLUMN_TYPE spellings from both servers and their canonical formatted form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int(11)|int", "int|int", "INTEGER|int", "int(10) unsigned|int unsigned", "bigint(20) unsigned|bigint unsigned",
            "tinyint(1)|tinyint(1)", "boolean|tinyint(1)", "bool|tinyint(1)", "tinyint(4)|tinyint", "tinyint(1) unsigned|tinyint unsigned",
            "smallint(6)|smallint", "mediumint(9)|mediumint", "decimal(10,2)|decimal(10,2)", "numeric(5,2)|decimal(5,2)",
            "decimal(10,0) unsigned|decimal(10,0) unsigned", "decimal|decimal(10,0)", "float|float", "double|double",
            "real|double", "double precision|double", "float(30)|double", "varchar(255)|varchar(255)", "char(1)|char(1)",
            "character varying(5)|varchar(5)", "text|text", "longtext|longtext", "blob|blob", "varbinary(16)|varbinary(16)",
            "binary(16)|binary(16)", "datetime|datetime", "datetime(3)|datetime(3)", "timestamp(6)|timestamp(6)",
            "time(0)|time", "year(4)|year", "year|year", "date|date", "json|json", "geometry|geometry", "point|point",
            "geomcollection|geometrycollection", "bit(1)|bit(1)", "bit|bit(1)", "uuid|uuid",
            "int(5) unsigned zerofill|int(5) unsigned zerofill", "enum('a','b')|enum('a','b')", "set('x','y')|set('x','y')",
            "enum('it''s','a,b')|enum('it''s','a,b')"})
    void canonicalSpelling(String spelling, String canonical) {
        assertThat(types.format(types.parse(spelling))).isEqualTo(canonical);
        // format(parse(x)) is a fixed point
        assertThat(types.parse(canonical)).isEqualTo(types.parse(spelling));
    }

    /** Integer display widths the server reports: kept when not the type's default, which MariaDB reports when none is written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bigint(10)|10", "bigint(20)|", "int(11)|", "int(10) unsigned|", "int(10)|10",
            "tinyint(4)|", "tinyint(2)|2", "tinyint(1) unsigned|1", "smallint(5) unsigned|", "mediumint(3)|3", "int|",
            "bigint(20) unsigned|", "tinyint(1)|", "varchar(10)|", "int(5) unsigned zerofill|"})
    void displayWidth(String spelling, Integer width) {
        var w = types.displayWidth(spelling, types.parse(spelling));
        if (width == null) assertThat(w).isEmpty();
        else assertThat(w).hasValue(width);
    }

    @org.junit.jupiter.api.Test
    void modelShapes() {
        assertThat(types.parse("int(11) unsigned")).isEqualTo(new IntegerType("int", true));
        assertThat(types.parse("tinyint(1)")).isEqualTo(new BoolType("bool"));
        assertThat(types.parse("decimal(12,4)")).isEqualTo(new DecimalType("decimal", 12, 4));
        assertThat(types.parse("varchar(20)")).isEqualTo(new StringType("varchar", 20));
        assertThat(types.parse("enum('a','b''c')")).isEqualTo(new EnumType("enum", List.of("a", "b'c")));
        assertThat(types.parse("vector(3)")).isInstanceOf(UnsupportedType.class);
    }

    @org.junit.jupiter.api.Test
    void standardTypesBuiltInJavaBecomeMySqlSpellings() {
        assertThat(types.format(types.canonical(Types.INTEGER))).isEqualTo("int");
        assertThat(types.format(types.canonical(Types.BOOLEAN))).isEqualTo("tinyint(1)");
        assertThat(types.format(types.canonical(Types.DOUBLE))).isEqualTo("double");
        assertThat(types.format(types.canonical(Types.varchar(40)))).isEqualTo("varchar(40)");
        assertThat(types.format(types.canonical(Types.decimal(9, 3)))).isEqualTo("decimal(9,3)");
        assertThat(types.format(types.canonical(Types.TIMESTAMP))).isEqualTo("timestamp");
    }
}
