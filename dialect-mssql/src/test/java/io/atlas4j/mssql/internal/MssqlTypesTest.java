package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.mssql.SqlServerType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.UnsupportedType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MssqlTypesTest {
    private final MssqlTypes t = MssqlTypes.INSTANCE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int|int", "INTEGER|int", "bigint|bigint", "tinyint|tinyint", "bit|bit",
            "decimal|decimal(18,0)", "numeric(10)|numeric(10,0)", "DEC(5, 2)|decimal(5,2)",
            "float|float", "float(24)|real", "double precision|float", "real|real",
            "datetime2|datetime2(7)", "datetime2(0)|datetime2(0)", "time(3)|time(3)", "datetimeoffset(1)|datetimeoffset(1)",
            "datetime|datetime", "smalldatetime|smalldatetime", "date|date",
            "varchar|varchar(1)", "varchar(max)|varchar(max)", "VARCHAR(MAX)|varchar(max)", "character varying(20)|varchar(20)",
            "nvarchar(30)|nvarchar(30)", "national character varying(5)|nvarchar(5)", "nchar(30)|nchar(30)", "text|text", "ntext|ntext",
            "sysname|nvarchar(128)", "varbinary(max)|varbinary(max)", "binary(16)|binary(16)", "image|image",
            "uniqueidentifier|uniqueidentifier", "money|money", "smallmoney|smallmoney", "xml|xml", "rowversion|timestamp"})
    void parsesToTheCatalogSpelling(String spelling, String canonical) {
        ColumnType type = t.parse(spelling);
        assertThat(t.format(type)).isEqualTo(canonical);
        assertThat(t.parse(t.format(type))).isEqualTo(type);
    }

    @Test
    void catalogRowsGiveTheSameTypes() {
        assertThat(t.fromCatalog("nvarchar", 60, 0, 0)).isEqualTo(t.parse("nvarchar(30)"));
        assertThat(t.fromCatalog("nvarchar", -1, 0, 0)).isEqualTo(t.parse("nvarchar(max)"));
        assertThat(t.fromCatalog("varchar", 100, 0, 0)).isEqualTo(t.parse("varchar(100)"));
        assertThat(t.fromCatalog("decimal", 8, 10, 2)).isEqualTo(t.parse("decimal(10,2)"));
        assertThat(t.fromCatalog("datetime2", 8, 27, 7)).isEqualTo(t.parse("datetime2"));
        assertThat(t.fromCatalog("int", 4, 10, 0)).isEqualTo(t.parse("int"));
        assertThat(t.parse("money")).isInstanceOf(SqlServerType.class);
    }

    @Test
    void unknownTypesRoundTripAsWritten() {
        assertThat(t.parse("dbo.PhoneNumber")).isEqualTo(new UnsupportedType("dbo.PhoneNumber"));
        assertThat(t.format(t.parse("dbo.PhoneNumber"))).isEqualTo("dbo.PhoneNumber");
    }
}
