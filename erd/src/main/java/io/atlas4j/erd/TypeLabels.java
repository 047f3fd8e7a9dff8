package io.atlas4j.erd;

import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.EnumType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.OptionalInt;

/** A column type as a short label: the dialect's spelling plus its parameters, without any dialect codec. */
final class TypeLabels {
    private static final int MAX_ENUM = 40;

    private TypeLabels() {
    }

    static String of(ColumnType t) {
        String label;
        if (t instanceof IntegerType i) label = unsigned(i.name(), i.unsigned());
        else if (t instanceof DecimalType d) {
            String p = d.precision().isPresent()
                    ? "(" + d.precision().getAsInt() + (d.scale().isPresent() ? "," + d.scale().getAsInt() : "") + ")" : "";
            label = unsigned(d.name() + p, d.unsigned());
        } else if (t instanceof FloatType f) label = unsigned(f.name() + size(f.precision()), f.unsigned());
        else if (t instanceof StringType s) label = s.name() + size(s.size());
        else if (t instanceof BinaryType b) label = b.name() + size(b.size());
        else if (t instanceof TimeType tt) label = tt.name() + size(tt.precision());
        else if (t instanceof EnumType e) label = enumLabel(e);
        else if (t instanceof UnsupportedType u) label = u.raw();
        else label = t.name();
        return label.strip().replaceAll("\\s+", " ");
    }

    private static String enumLabel(EnumType e) {
        if (e.values().isEmpty()) return e.name();
        String values = "(" + String.join(",", e.values().stream().map(v -> "'" + v + "'").toList()) + ")";
        // A named type (PostgreSQL) reads better by name; an inline enum shows its values, shortened.
        if (!e.name().equalsIgnoreCase("enum")) return e.name();
        return values.length() > MAX_ENUM ? e.name() + values.substring(0, MAX_ENUM - 1) + "…)" : e.name() + values;
    }

    private static String size(OptionalInt size) {
        return size.isPresent() ? "(" + size.getAsInt() + ")" : "";
    }

    private static String unsigned(String label, boolean unsigned) {
        return unsigned ? label + " unsigned" : label;
    }
}
