package io.atlas4j.hcl.internal;

import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgUnlogged;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL: {@code identity} blocks, {@code unlogged} tables, index {@code type}. */
final class PgExtras implements Extras {
    @Override
    public Attrs table(Mapper.Ctx t, Attrs attrs) {
        return t.bool("unlogged") ? attrs.with(new PgUnlogged()) : attrs;
    }

    private static final Map<String, String> SERIALS = Map.of("serial", "integer", "serial4", "integer",
            "bigserial", "bigint", "serial8", "bigint", "smallserial", "smallint", "serial2", "smallint");

    /** The name PostgreSQL gives a serial column's sequence (when it fits in 63 bytes). */
    private static String sequenceName(String table, String column) {
        return table + "_" + column + "_seq";
    }

    @Override
    public Attrs column(Mapper.Ctx c, Attrs attrs) {
        if (SERIALS.containsKey(c.typeName())) {
            attrs = attrs.with(new PgSerial(sequenceName(c.parent.label(), c.label())));
        }
        for (Mapper.Ctx id : c.children("identity")) {
            String generated = id.word("generated").orElse("BY_DEFAULT").toUpperCase(Locale.ROOT);
            long start = id.number("start").orElse(1L);
            long increment = id.number("increment").orElse(1L);
            long max = maxOf(c.typeName());
            attrs = attrs.with(new PgIdentity(generated.equals("ALWAYS"), start, increment, 1, max, 1, false));
        }
        return attrs;
    }

    @Override
    public Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs) {
        return attrs;
    }

    @Override
    public Attrs index(Mapper.Ctx i, Attrs attrs) {
        return i.word("type").map(t -> attrs.with(new PgIndexMethod(t.toLowerCase(Locale.ROOT)))).orElse(attrs);
    }

    @Override
    public Attrs indexPart(Mapper.Ctx on, Attrs attrs) {
        return attrs;
    }

    private static long maxOf(String type) {
        return type.startsWith("smallint") || type.equals("int2") ? Short.MAX_VALUE
                : type.startsWith("int") || type.equals("integer") || type.equals("int4") ? Integer.MAX_VALUE
                : Long.MAX_VALUE;
    }

    @Override
    public boolean writeTable(Attr a, HclOut out) {
        if (a instanceof PgUnlogged) {
            out.attr("unlogged", "true");
            return true;
        }
        return false;
    }

    @Override
    public Optional<String> typeOverride(Table t, Column c, String spelling) {
        Optional<PgSerial> s = c.attrs().get(PgSerial.class);
        if (s.isEmpty() || !s.get().sequence().equals(sequenceName(t.name(), c.name()))
                || sequenceName(t.name(), c.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
            return Optional.empty();
        }
        switch (spelling) {
            case "integer":
                return Optional.of("serial");
            case "bigint":
                return Optional.of("bigserial");
            case "smallint":
                return Optional.of("smallserial");
            default:
                return Optional.empty();
        }
    }

    @Override
    public boolean writeColumn(Table t, Column c, String spelling, Attr a, HclOut out) {
        if (a instanceof PgSerial) {
            return typeOverride(t, c, spelling).isPresent(); // written as the serial type, or listed as not expressible
        }
        if (a instanceof PgIdentity id) {
            String type = spelling.toLowerCase(Locale.ROOT);
            if (id.min() != 1 || id.max() != maxOf(type) || id.cache() != 1 || id.cycle()) {
                return false; // sequence options beyond start and increment are not written yet
            }
            HclOut b = out.block("identity");
            b.attr("generated", id.always() ? "ALWAYS" : "BY_DEFAULT");
            b.attr("start", Long.toString(id.start()));
            b.attr("increment", Long.toString(id.increment()));
            return true;
        }
        return false;
    }

    @Override
    public boolean writePrimaryKey(Attr a) {
        return false;
    }

    @Override
    public boolean writeIndex(Attr a, HclOut out) {
        if (a instanceof PgIndexMethod m) {
            out.attr("type", m.name().toUpperCase(Locale.ROOT));
            return true;
        }
        return false;
    }

    @Override
    public boolean writeIndexPart(Attr a, HclOut out) {
        return false;
    }
}
