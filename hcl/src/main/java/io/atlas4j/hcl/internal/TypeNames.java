package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.HclDialect;
import java.util.Set;

/**
 * The column type names Atlas's HCL accepts per dialect (multi-word types joined by {@code _}, as Atlas spells
 * them: {@code double_precision}, {@code character_varying}). Anything else is written {@code sql("...")}.
 */
public final class TypeNames {
    private TypeNames() {
    }

    private static final Set<String> SQLITE = Set.of(
            "int", "integer", "tinyint", "smallint", "mediumint", "bigint", "unsigned_big_int", "int2", "int8",
            "real", "double", "double_precision", "float", "numeric", "decimal", "boolean", "bool", "date",
            "datetime", "time", "timestamp", "blob", "text", "varchar", "character", "char", "varying_character",
            "nchar", "native_character", "nvarchar", "clob", "json", "uuid");

    private static final Set<String> POSTGRES = Set.of(
            "bigint", "bigserial", "bit", "bit_varying", "bool", "boolean", "box", "bytea", "char", "character",
            "character_varying", "cidr", "circle", "date", "daterange", "datemultirange", "decimal",
            "double_precision", "float", "float4", "float8", "inet", "int", "int2", "int4", "int8", "int4range",
            "int8range", "int4multirange", "int8multirange", "integer", "interval", "json", "jsonb", "line", "lseg",
            "macaddr", "macaddr8", "money", "name", "numeric", "nummultirange", "numrange", "oid", "path", "point",
            "polygon", "real", "regclass", "serial", "serial2", "serial4", "serial8", "smallint", "smallserial",
            "text", "time", "time_with_time_zone", "time_without_time_zone", "timestamp", "timestamptz",
            "timestamp_with_time_zone", "timestamp_without_time_zone", "timetz", "tsmultirange", "tsquery",
            "tsrange", "tstzmultirange", "tstzrange", "tsvector", "uuid", "varbit", "varchar", "xml", "pg_lsn",
            "txid_snapshot");

    private static final Set<String> MYSQL = Set.of(
            "bigint", "binary", "bit", "blob", "bool", "boolean", "char", "date", "datetime", "decimal", "double",
            "double_precision", "enum", "float", "geometry", "geometrycollection", "int", "integer", "json",
            "linestring", "longblob", "longtext", "mediumblob", "mediumint", "mediumtext", "multilinestring",
            "multipoint", "multipolygon", "numeric", "point", "polygon", "real", "set", "smallint", "text", "time",
            "timestamp", "tinyblob", "tinyint", "tinytext", "varbinary", "varchar", "year", "uuid", "inet4",
            "inet6");

    /** {@return the type names of a dialect} */
    public static Set<String> of(HclDialect dialect) {
        switch (dialect) {
            case SQLITE:
                return SQLITE;
            case POSTGRES:
                return POSTGRES;
            default:
                return MYSQL;
        }
    }
}
