package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.EnumType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.JsonType;
import io.atlas4j.schema.type.SpatialType;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQLite declared types. SQLite keeps any spelling and derives an affinity from it, so the codec
 * keeps the spelling as the type name and only splits off numeric parameters; anything else
 * (including an empty declared type) round-trips as {@link UnsupportedType}.
 */
public final class SqliteTypes implements TypeCodec {
    public static final SqliteTypes INSTANCE = new SqliteTypes();
    private static final Pattern PARAMS = Pattern.compile("(?s)(.*?)\\s*\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?\\)");

    private SqliteTypes() {
    }

    /** Parsed spellings: a schema repeats a handful of them across thousands of columns, and types are immutable. */
    private static final int CACHE_LIMIT = 4096;
    private final Map<String, ColumnType> parsed = new ConcurrentHashMap<>();

    @Override
    public ColumnType parse(String spelling) {
        ColumnType t = parsed.get(spelling);
        if (t != null) return t;
        t = parseUncached(spelling);
        if (parsed.size() < CACHE_LIMIT) parsed.put(spelling, t);
        return t;
    }

    private ColumnType parseUncached(String spelling) {
        String raw = spelling.strip();
        String base = raw;
        OptionalInt p1 = OptionalInt.empty();
        OptionalInt p2 = OptionalInt.empty();
        Matcher m = PARAMS.matcher(raw);
        if (m.matches()) {
            base = m.group(1);
            p1 = OptionalInt.of(Integer.parseInt(m.group(2).replace("+", "")));
            if (m.group(3) != null) p2 = OptionalInt.of(Integer.parseInt(m.group(3).replace("+", "")));
        } else if (raw.indexOf('(') >= 0) {
            return new UnsupportedType(raw);
        }
        if (base.isEmpty()) return new UnsupportedType(raw);
        String u = base.toUpperCase(Locale.ROOT);
        boolean params = p1.isPresent();
        boolean two = p2.isPresent();
        if (u.equals("BOOL") || u.equals("BOOLEAN")) return params ? new UnsupportedType(raw) : new BoolType(base);
        if (u.contains("INT")) return params ? new UnsupportedType(raw) : new IntegerType(base);
        if (u.contains("CHAR") || u.contains("CLOB") || u.contains("TEXT")) return two ? new UnsupportedType(raw) : new StringType(base, p1);
        if (u.contains("BLOB") || u.contains("BINARY")) return two ? new UnsupportedType(raw) : new BinaryType(base, p1);
        if (u.contains("REAL") || u.contains("FLOA") || u.contains("DOUB")) return two ? new UnsupportedType(raw) : new FloatType(base, p1, false);
        if (u.startsWith("DECIMAL") || u.startsWith("NUMERIC") || u.equals("NUMBER") || u.equals("DEC")) {
            return new DecimalType(base, p1, p2, false);
        }
        if (u.startsWith("DATE") || u.startsWith("TIME")) return two ? new UnsupportedType(raw) : new TimeType(base, p1);
        if (u.equals("JSON") || u.equals("JSONB")) return params ? new UnsupportedType(raw) : new JsonType(base);
        if (u.equals("UUID")) return params ? new UnsupportedType(raw) : new UuidType(base);
        return new UnsupportedType(raw);
    }

    @Override
    public String format(ColumnType type) {
        if (type instanceof IntegerType t) return t.unsigned() ? t.name() + " UNSIGNED" : t.name();
        if (type instanceof StringType t) return t.name() + size(t.size());
        if (type instanceof BinaryType t) return t.name() + size(t.size());
        if (type instanceof FloatType t) return t.name() + size(t.precision());
        if (type instanceof DecimalType t) {
            return t.name() + (t.precision().isEmpty() ? ""
                    : "(" + t.precision().getAsInt() + (t.scale().isPresent() ? "," + t.scale().getAsInt() : "") + ")");
        }
        if (type instanceof TimeType t) return t.name() + size(t.precision());
        if (type instanceof EnumType) return "TEXT";
        if (type instanceof UnsupportedType t) return t.raw();
        if (type instanceof BoolType || type instanceof JsonType || type instanceof UuidType || type instanceof SpatialType) {
            return type.name();
        }
        return type.name();
    }

    private static String size(OptionalInt size) {
        return size.isPresent() ? "(" + size.getAsInt() + ")" : "";
    }
}
