package io.atlas4j.postgres.internal;

import io.atlas4j.postgres.PgArrayType;
import io.atlas4j.postgres.PgBitType;
import io.atlas4j.postgres.PgNamedType;
import io.atlas4j.postgres.PgNetworkType;
import io.atlas4j.postgres.PgRangeType;
import io.atlas4j.postgres.PgUserType;
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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code format_type} spellings (and the common aliases users write) into the column type
 * family, and formats them back. Canonical names are the ones {@code format_type} prints, so two
 * spellings PostgreSQL treats as one type ({@code int4}, {@code integer}) parse to equal records.
 */
public final class PgTypes implements TypeCodec {
    private static final Pattern PARAMS = Pattern.compile("^([a-z0-9_ \"]+?)\\s*(?:\\((\\d+)(?:\\s*,\\s*(-?\\d+))?\\))?(\\s+with(?:out)? time zone)?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern INTERVAL = Pattern.compile("^interval(?:\\((\\d+)\\))?(.*)$");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("double", "double precision"), Map.entry("float", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("bpchar", "character"), Map.entry("bool", "boolean"), Map.entry("varbit", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("time", "time without time zone"));
    private static final Set<String> RANGES = Set.of("int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange",
            "datemultirange");
    private static final Set<String> NETWORK = Set.of("inet", "cidr", "macaddr", "macaddr8");
    private static final Set<String> GEOMETRIC = Set.of("point", "line", "lseg", "box", "path", "polygon", "circle");
    private static final Set<String> NAMED = Set.of("money", "xml", "tsvector", "tsquery", "oid", "regclass", "regproc",
            "regtype", "pg_lsn", "txid_snapshot", "pg_snapshot", "name", "\"char\"", "jsonpath", "cid", "xid", "tid");

    private final Function<String, String> userTypeKind;

    /** @param userTypeKind the kind ("enum", "domain", "composite") of a user type name, or null when not one */
    public PgTypes(Function<String, String> userTypeKind) {
        this.userTypeKind = userTypeKind;
    }

    public static PgTypes builtIn() {
        return new PgTypes(n -> null);
    }

    @Override
    public ColumnType parse(String spelling) {
        String raw = spelling.trim();
        if (raw.endsWith("[]")) return new PgArrayType(parse(raw.substring(0, raw.length() - 2)));
        String kind = userTypeKind.apply(raw);
        if (kind != null) return new PgUserType(raw, kind);
        String s = WHITESPACE.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (s.startsWith("interval")) {
            Matcher m = INTERVAL.matcher(s);
            if (m.matches()) {
                String fields = m.group(2).trim();
                return new TimeType(fields.isEmpty() ? "interval" : "interval " + fields, opt(m.group(1)));
            }
        }
        Matcher m = PARAMS.matcher(s);
        if (!m.matches()) return new UnsupportedType(raw);
        String base = m.group(1).trim();
        OptionalInt p1 = opt(m.group(2));
        OptionalInt p2 = opt(m.group(3));
        String zone = m.group(4) == null ? "" : m.group(4).trim();
        if (base.equals("timestamptz") || base.equals("timetz")) {
            base = base.substring(0, base.length() - 2);
            zone = "with time zone";
        }
        base = ALIASES.getOrDefault(base, base);
        if (base.startsWith("timestamp") || base.startsWith("time")) {
            String b = base.startsWith("timestamp") ? "timestamp" : "time";
            if (zone.isEmpty()) zone = base.endsWith("with time zone") && !base.endsWith("without time zone") ? "with time zone" : "without time zone";
            return new TimeType(b + " " + zone, p1);
        }
        if (!zone.isEmpty()) return new UnsupportedType(raw);
        switch (base) {
            case "smallint", "integer", "bigint": return new IntegerType(base);
            case "numeric": return new DecimalType("numeric", p1, p1.isPresent() ? OptionalInt.of(p2.orElse(0)) : OptionalInt.empty(), false);
            case "real": return new FloatType("real");
            case "double precision": return new FloatType("double precision");
            case "character varying", "text": return new StringType(base, p1);
            case "character": return new StringType("character", OptionalInt.of(p1.orElse(1)));
            case "bytea": return new BinaryType("bytea");
            case "boolean": return new BoolType("boolean");
            case "date": return new TimeType("date");
            case "json", "jsonb": return new JsonType(base);
            case "uuid": return new UuidType("uuid");
            case "bit": return new PgBitType("bit", OptionalInt.of(p1.orElse(1)));
            case "bit varying": return new PgBitType("bit varying", p1);
            default:
        }
        if (p1.isPresent()) return new UnsupportedType(raw);
        if (RANGES.contains(base)) return new PgRangeType(base);
        if (NETWORK.contains(base)) return new PgNetworkType(base);
        if (GEOMETRIC.contains(base)) return new SpatialType(base);
        if (NAMED.contains(base)) return new PgNamedType(base);
        return new UnsupportedType(raw);
    }

    @Override
    public String format(ColumnType type) {
        if (type instanceof PgArrayType a) return format(a.element()) + "[]";
        if (type instanceof DecimalType d) {
            return d.name() + (d.precision().isPresent() ? "(" + d.precision().getAsInt() + "," + d.scale().orElse(0) + ")" : "");
        }
        if (type instanceof StringType s) return s.name() + size(s.size());
        if (type instanceof TimeType t) return time(t);
        if (type instanceof PgBitType b) return b.name() + size(b.length());
        if (type instanceof UnsupportedType u) return u.raw();
        return type.name();
    }

    /** {@return the canonical form of a type written in any accepted spelling} */
    public ColumnType canonical(ColumnType type) {
        if (type instanceof PgArrayType a) return new PgArrayType(canonical(a.element()));
        if (type instanceof PgUserType || type instanceof UnsupportedType) return type;
        return parse(format(type));
    }

    private static String time(TimeType t) {
        String p = t.precision().isPresent() ? "(" + t.precision().getAsInt() + ")" : "";
        String n = t.name();
        if (n.startsWith("timestamp ") || n.startsWith("time ")) {
            int sp = n.indexOf(' ');
            return n.substring(0, sp) + p + n.substring(sp);
        }
        if (n.startsWith("interval")) return "interval" + p + n.substring("interval".length());
        return n + p;
    }

    private static String size(OptionalInt n) {
        return n.isPresent() ? "(" + n.getAsInt() + ")" : "";
    }

    private static OptionalInt opt(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }
}
