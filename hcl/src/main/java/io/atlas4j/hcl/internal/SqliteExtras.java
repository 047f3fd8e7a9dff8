package io.atlas4j.hcl.internal;

import io.atlas4j.schema.Attrs;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteStrict;
import io.atlas4j.sqlite.SqliteWithoutRowId;

/** SQLite: {@code without_rowid}, {@code strict}, and a column's {@code auto_increment} on the primary key. */
final class SqliteExtras implements Extras {
    @Override
    public Attrs table(Mapper.Ctx t, Attrs attrs) {
        if (t.bool("without_rowid")) {
            attrs = attrs.with(new SqliteWithoutRowId());
        }
        if (t.bool("strict")) {
            attrs = attrs.with(new SqliteStrict());
        }
        return attrs;
    }

    @Override
    public Attrs column(Mapper.Ctx c, Attrs attrs) {
        c.bool("auto_increment"); // read by primaryKey
        return attrs;
    }

    @Override
    public Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs) {
        for (Mapper.Ctx col : table.children("column")) {
            if (col.peekBool("auto_increment")) {
                return attrs.with(new SqliteAutoincrement());
            }
        }
        return attrs;
    }

    @Override
    public Attrs index(Mapper.Ctx i, Attrs attrs) {
        return attrs;
    }

    @Override
    public Attrs indexPart(Mapper.Ctx on, Attrs attrs) {
        return attrs;
    }
}
