package io.atlas4j.plan;

import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.DialectType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.Locale;
import java.util.OptionalInt;

/** Which type changes may lose or reject existing values; such a change counts as destructive. */
public final class TypeChanges {
    private TypeChanges() {
    }

    /** {@return whether some value of {@code from} may not fit {@code to}; unknown types are never called narrowing} */
    public static boolean isNarrowing(ColumnType from, ColumnType to) {
        if (from.equals(to) || unknown(from) || unknown(to)) return false;
        if (from instanceof StringType f && to instanceof StringType t) return smaller(f.size(), t.size());
        if (from instanceof BinaryType f && to instanceof BinaryType t) return smaller(f.size(), t.size());
        if (from instanceof IntegerType f && to instanceof IntegerType t) {
            return intRank(t.name()) < intRank(f.name()) || (intRank(t.name()) == intRank(f.name()) && f.unsigned() != t.unsigned());
        }
        if (from instanceof DecimalType f && to instanceof DecimalType t) {
            int fs = f.scale().orElse(0), ts = t.scale().orElse(0);
            if (ts < fs) return true;
            if (f.precision().isEmpty()) return t.precision().isPresent();
            return t.precision().isPresent() && t.precision().getAsInt() - ts < f.precision().getAsInt() - fs;
        }
        if (from instanceof FloatType f && to instanceof FloatType t) return floatBits(f) > floatBits(t);
        if (from instanceof TimeType f && to instanceof TimeType t) {
            String fn = f.name().toLowerCase(Locale.ROOT), tn = t.name().toLowerCase(Locale.ROOT);
            if ((fn.contains("timestamp") || fn.contains("datetime")) && (tn.equals("date") || tn.startsWith("time"))
                    && !tn.contains("timestamp")) return true;
            return smaller(f.precision(), t.precision());
        }
        if (to instanceof StringType t && t.size().isEmpty()) return false;
        if (from instanceof IntegerType && (to instanceof DecimalType || to instanceof FloatType)) return false;
        return from.getClass() != to.getClass();
    }

    private static boolean unknown(ColumnType t) {
        return t instanceof DialectType || t instanceof UnsupportedType;
    }

    /** Empty means unbounded. */
    private static boolean smaller(OptionalInt from, OptionalInt to) {
        if (to.isEmpty()) return false;
        return from.isEmpty() || to.getAsInt() < from.getAsInt();
    }

    static int intRank(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tinyint", "int1" -> 1;
            case "smallint", "int2", "smallserial", "serial2" -> 2;
            case "mediumint", "int3" -> 3;
            case "int", "integer", "int4", "serial", "serial4" -> 4;
            default -> 5;
        };
    }

    private static int floatBits(FloatType f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        if (n.equals("real") || n.equals("float4")) return 24;
        if (n.equals("float") && f.precision().isPresent()) return f.precision().getAsInt() <= 24 ? 24 : 53;
        return 53;
    }
}
