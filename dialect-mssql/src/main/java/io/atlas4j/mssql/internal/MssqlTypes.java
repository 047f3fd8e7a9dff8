package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.SqlServerType;
import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.UnsupportedType;
import io.atlas4j.schema.type.UuidType;
import io.atlas4j.spi.TypeCodec;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL Server type spellings, in the canonical form {@code sys.types} and {@code sys.columns} give:
 * lower-case names, synonyms resolved ({@code integer} is {@code int}, {@code character varying} is
 * {@code varchar}), implied parameters filled in ({@code decimal} is {@code decimal(18,0)},
 * {@code datetime2} is {@code datetime2(7)}, {@code varchar} is {@code varchar(1)}). {@code max} is
 * size -1, as {@code sys.columns.max_length} says.
 */
public final class MssqlTypes implements TypeCodec {
    public static final MssqlTypes INSTANCE = new MssqlTypes();
    /** The size that stands for {@code max}. */
    public static final int MAX = -1;

    private static final Pattern SPELLING = Pattern.compile("(?is)\\s*([a-z_][a-z0-9_ ]*?)\\s*(?:\\(\\s*(max|-?\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\))?\\s*");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("national character varying", "nvarchar"),
            Map.entry("national char varying", "nvarchar"), Map.entry("national character", "nchar"), Map.entry("national char", "nchar"),
            Map.entry("national text", "ntext"), Map.entry("dec", "decimal"), Map.entry("double precision", "float"),
            Map.entry("binary varying", "varbinary"), Map.entry("rowversion", "timestamp"));

    private MssqlTypes() {
    }

    @Override
    public ColumnType parse(String spelling) {
        Matcher m = SPELLING.matcher(spelling);
        if (!m.matches()) return new UnsupportedType(spelling.trim());
        String name = m.group(1).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        name = SYNONYMS.getOrDefault(name, name);
        String a = m.group(2);
        boolean max = a != null && a.equalsIgnoreCase("max");
        OptionalInt p = a == null ? OptionalInt.empty() : OptionalInt.of(max ? MAX : Integer.parseInt(a));
        OptionalInt s = m.group(3) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(3)));
        switch (name) {
            case "int", "bigint", "smallint", "tinyint":
                return new IntegerType(name);
            case "bit":
                return new BoolType("bit");
            case "decimal", "numeric":
                return new DecimalType(name, p.orElse(18), s.orElse(0));
            case "float": {
                int bits = p.orElse(53);
                return bits <= 24 ? new FloatType("real") : new FloatType("float");
            }
            case "real":
                return new FloatType("real");
            case "date", "datetime", "smalldatetime":
                return new TimeType(name);
            case "time", "datetime2", "datetimeoffset":
                return new TimeType(name, OptionalInt.of(p.orElse(7)));
            case "char", "varchar", "nchar", "nvarchar":
                return new StringType(name, OptionalInt.of(p.orElse(1)));
            case "text", "ntext":
                return new StringType(name);
            case "sysname":
                return new StringType("nvarchar", OptionalInt.of(128));
            case "binary", "varbinary":
                return new BinaryType(name, OptionalInt.of(p.orElse(1)));
            case "image":
                return new BinaryType("image");
            case "uniqueidentifier":
                return new UuidType("uniqueidentifier");
            case "money", "smallmoney", "xml", "sql_variant", "hierarchyid", "geometry", "geography", "timestamp":
                return new SqlServerType(name);
            default:
                return new UnsupportedType(spelling.trim());
        }
    }

    @Override
    public String format(ColumnType type) {
        if (type instanceof DecimalType t) {
            return t.name() + (t.precision().isPresent() ? "(" + t.precision().getAsInt()
                    + (t.scale().isPresent() ? "," + t.scale().getAsInt() : "") + ")" : "");
        }
        if (type instanceof TimeType t) return t.name() + (t.precision().isPresent() ? "(" + t.precision().getAsInt() + ")" : "");
        if (type instanceof StringType t) return t.name() + size(t.size());
        if (type instanceof BinaryType t) return t.name() + size(t.size());
        if (type instanceof UnsupportedType t) return t.raw();
        return type.name();
    }

    private static String size(OptionalInt size) {
        if (size.isEmpty()) return "";
        return "(" + (size.getAsInt() == MAX ? "max" : String.valueOf(size.getAsInt())) + ")";
    }

    /** {@return the type of a {@code sys.columns} row: type name, max_length (bytes, -1 for max), precision and scale} */
    public ColumnType fromCatalog(String typeName, int maxLength, int precision, int scale) {
        String t = typeName.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "varchar", "char", "varbinary", "binary" -> parse(t + "(" + (maxLength == MAX ? "max" : maxLength) + ")");
            case "nvarchar", "nchar" -> parse(t + "(" + (maxLength == MAX ? "max" : maxLength / 2) + ")");
            case "decimal", "numeric" -> parse(t + "(" + precision + "," + scale + ")");
            case "time", "datetime2", "datetimeoffset" -> parse(t + "(" + scale + ")");
            default -> parse(t);
        };
    }
}
