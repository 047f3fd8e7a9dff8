package io.atlas4j.mysql.internal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL type codec. Parses {@code COLUMN_TYPE} spellings ({@code int(10) unsigned},
 * {@code enum('a','b')}, {@code datetime(3)}) into the model in one canonical lower-case form:
 * integer display widths are dropped (MySQL 8.0.19 no longer reports them), {@code tinyint(1)} is
 * the boolean, aliases ({@code integer}, {@code numeric}, {@code real}) are resolved.
 */
public final class MySqlTypes implements TypeCodec {
    private static final Pattern SHAPE = Pattern.compile("(?is)\\s*([a-z][a-z0-9 ]*?)\\s*(?:\\((.*)\\))?\\s*((?:unsigned|signed|zerofill|\\s)*)\\s*");
    private static final Set<String> INTS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Set<String> TEXTS = Set.of("tinytext", "text", "mediumtext", "longtext");
    private static final Set<String> BLOBS = Set.of("tinyblob", "blob", "mediumblob", "longblob");
    private static final Set<String> SPATIAL = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("int1", "tinyint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"), Map.entry("fixed", "decimal"),
            Map.entry("real", "double"), Map.entry("double precision", "double"), Map.entry("float8", "double"),
            Map.entry("float4", "float"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
            Map.entry("long varchar", "mediumtext"), Map.entry("long", "mediumtext"), Map.entry("geomcollection", "geometrycollection"),
            Map.entry("bool", "tinyint(1)"), Map.entry("boolean", "tinyint(1)"), Map.entry("serial", "bigint unsigned"));

    /** Catalogs repeat a few spellings thousands of times; parsed types are immutable, so they are shared. */
    private final java.util.concurrent.ConcurrentHashMap<String, ColumnType> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    @Override
    public ColumnType parse(String spelling) {
        ColumnType t = parsed.get(spelling);
        if (t != null) return t;
        t = parseUncached(spelling);
        if (parsed.size() < CACHE_LIMIT) parsed.put(spelling, t);
        return t;
    }

    private ColumnType parseUncached(String spelling) {
        String s = spelling.trim();
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) return new UnsupportedType(s);
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String args = m.group(2);
        String mods = m.group(3).toLowerCase(Locale.ROOT);
        boolean unsigned = mods.contains("unsigned");
        boolean zerofill = mods.contains("zerofill");
        String alias = ALIASES.get(name);
        if (alias != null) {
            if (alias.contains("(") || alias.contains(" ")) {
                return parse(alias + (mods.isBlank() ? "" : " " + mods.trim()));
            }
            name = alias;
        }
        if (zerofill) return new UnsupportedType(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (name.equals("tinyint") && "1".equals(trim(args)) && !unsigned) return new BoolType("bool");
        if (INTS.contains(name)) return new IntegerType(name, unsigned);
        switch (name) {
            case "decimal" -> {
                List<Integer> a = ints(args);
                int p = a.isEmpty() ? 10 : a.get(0);
                int sc = a.size() > 1 ? a.get(1) : 0;
                return new DecimalType("decimal", OptionalInt.of(p), OptionalInt.of(sc), unsigned);
            }
            case "float", "double" -> {
                List<Integer> a = ints(args);
                if (a.size() > 1) return new UnsupportedType(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                if (name.equals("float") && a.size() == 1) {
                    // float(p): p <= 24 is a float, above it a double
                    return new FloatType(a.get(0) <= 24 ? "float" : "double", OptionalInt.empty(), unsigned);
                }
                return new FloatType(name, OptionalInt.empty(), unsigned);
            }
            case "char", "varchar" -> {
                List<Integer> a = ints(args);
                return new StringType(name, a.isEmpty() ? OptionalInt.of(1) : OptionalInt.of(a.get(0)));
            }
            case "binary", "varbinary" -> {
                List<Integer> a = ints(args);
                return new BinaryType(name, a.isEmpty() ? OptionalInt.of(1) : OptionalInt.of(a.get(0)));
            }
            case "date" -> {
                return new TimeType("date");
            }
            case "year" -> {
                return new TimeType("year");
            }
            case "time", "datetime", "timestamp" -> {
                List<Integer> a = ints(args);
                return new TimeType(name, a.isEmpty() || a.get(0) == 0 ? OptionalInt.empty() : OptionalInt.of(a.get(0)));
            }
            case "json" -> {
                return new JsonType("json");
            }
            case "uuid" -> {
                return new UuidType("uuid");
            }
            case "enum", "set" -> {
                return new EnumType(name, values(args == null ? "" : args));
            }
            default -> {
                if (TEXTS.contains(name)) return new StringType(name, OptionalInt.empty());
                if (BLOBS.contains(name)) return new BinaryType(name, OptionalInt.empty());
                if (SPATIAL.contains(name)) return new SpatialType(name);
                if (name.equals("bit")) {
                    List<Integer> a = ints(args);
                    return new UnsupportedType("bit(" + (a.isEmpty() ? 1 : a.get(0)) + ")");
                }
                return new UnsupportedType(s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
    }

    @Override
    public String format(ColumnType type) {
        if (type instanceof IntegerType t) return canonicalName(t.name()) + (t.unsigned() ? " unsigned" : "");
        if (type instanceof BoolType) return "tinyint(1)";
        if (type instanceof DecimalType t) {
            return "decimal(" + t.precision().orElse(10) + "," + t.scale().orElse(0) + ")" + (t.unsigned() ? " unsigned" : "");
        }
        if (type instanceof FloatType t) return canonicalName(t.name()) + (t.unsigned() ? " unsigned" : "");
        if (type instanceof StringType t) {
            String n = canonicalName(t.name());
            if (n.equals("char") || n.equals("varchar")) return n + "(" + t.size().orElse(n.equals("char") ? 1 : 255) + ")";
            return n;
        }
        if (type instanceof BinaryType t) {
            String n = canonicalName(t.name());
            if (n.equals("binary") || n.equals("varbinary")) return n + "(" + t.size().orElse(n.equals("binary") ? 1 : 255) + ")";
            if (n.equals("bytea")) return "longblob";
            return n;
        }
        if (type instanceof TimeType t) {
            return canonicalName(t.name()) + (t.precision().isPresent() && t.precision().getAsInt() > 0
                    ? "(" + t.precision().getAsInt() + ")" : "");
        }
        if (type instanceof JsonType) return "json";
        if (type instanceof UuidType) return "uuid";
        if (type instanceof EnumType t) {
            return t.name().toLowerCase(Locale.ROOT) + "(" + String.join(",", t.values().stream().map(Sql::str).toList()) + ")";
        }
        if (type instanceof SpatialType t) return canonicalName(t.name());
        if (type instanceof UnsupportedType t) return t.raw();
        return type.name();
    }

    /**
     * {@return the display width written in an integer spelling ({@code bigint(10) unsigned} gives 10)
     * when it is not the server's default for that type, else empty} {@link #parse} drops it from the
     * type; the inspector keeps it as a {@link io.atlas4j.mysql.DisplayWidth} column attribute.
     */
    public OptionalInt displayWidth(String spelling, ColumnType parsed) {
        if (!(parsed instanceof IntegerType t)) return OptionalInt.empty();
        int open = spelling.indexOf('(');
        int close = spelling.indexOf(')', open + 1);
        if (open < 0 || close < 0 || close - open < 2 || close - open > 4) return OptionalInt.empty();
        int w = 0;
        for (int i = open + 1; i < close; i++) {
            char c = spelling.charAt(i);
            if (c < '0' || c > '9') return OptionalInt.empty();
            w = w * 10 + (c - '0');
        }
        return w == defaultDisplayWidth(t.name(), t.unsigned()) ? OptionalInt.empty() : OptionalInt.of(w);
    }

    /** {@return the width MariaDB and MySQL before 8.0.19 report for an integer type written without one} */
    public static int defaultDisplayWidth(String name, boolean unsigned) {
        return switch (name) {
            case "tinyint" -> unsigned ? 3 : 4;
            case "smallint" -> unsigned ? 5 : 6;
            case "mediumint" -> unsigned ? 8 : 9;
            case "int" -> unsigned ? 10 : 11;
            default -> 20;
        };
    }

    /** {@return the integer type spelled with a display width: {@code int(5) unsigned}} */
    public String formatWithWidth(IntegerType t, int width) {
        return canonicalName(t.name()) + "(" + width + ")" + (t.unsigned() ? " unsigned" : "");
    }

    /** {@return the type in this codec's canonical form: {@code parse(format(t))}} */
    public ColumnType canonical(ColumnType type) {
        if (type instanceof UnsupportedType u) return parse(u.raw());
        return parse(format(type));
    }

    private static String canonicalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        String a = ALIASES.get(n);
        return a != null && !a.contains("(") ? a : n;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static List<Integer> ints(String args) {
        List<Integer> out = new ArrayList<>();
        if (args == null) return out;
        for (String p : args.split(",")) {
            String t = p.trim();
            if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() < 10) out.add(Integer.parseInt(t));
        }
        return out;
    }

    /** Splits {@code 'a','b''c'} into its values, undoing quote doubling and backslash escapes. */
    static List<String> values(String args) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = args.length();
        while (i < n) {
            char c = args.charAt(i);
            if (c == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    char d = args.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        sb.append(args.charAt(j + 1));
                        j += 2;
                        continue;
                    }
                    if (d == '\'') {
                        if (j + 1 < n && args.charAt(j + 1) == '\'') {
                            sb.append('\'');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(d);
                    j++;
                }
                out.add(sb.toString());
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
