package io.atlas4j.hcl.internal;

import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgUnlogged;
import io.atlas4j.schema.Attrs;
import java.util.Locale;

/** PostgreSQL: {@code identity} blocks, {@code unlogged} tables, index {@code type}. */
final class PgExtras implements Extras {
    @Override
    public Attrs table(Mapper.Ctx t, Attrs attrs) {
        return t.bool("unlogged") ? attrs.with(new PgUnlogged()) : attrs;
    }

    @Override
    public Attrs column(Mapper.Ctx c, Attrs attrs) {
        for (Mapper.Ctx id : c.children("identity")) {
            String generated = id.word("generated").orElse("BY_DEFAULT").toUpperCase(Locale.ROOT);
            long start = id.number("start").orElse(1L);
            long increment = id.number("increment").orElse(1L);
            String type = c.typeName();
            long max = type.startsWith("smallint") || type.equals("int2") ? Short.MAX_VALUE
                    : type.startsWith("int") || type.equals("integer") || type.equals("int4") ? Integer.MAX_VALUE
                    : Long.MAX_VALUE;
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
}
