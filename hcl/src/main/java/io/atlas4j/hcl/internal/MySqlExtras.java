package io.atlas4j.hcl.internal;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.IndexComment;
import io.atlas4j.mysql.IndexType;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Collation;
import java.util.Locale;

/** MySQL and MariaDB: charset/collate, engine, auto_increment, on_update, unsigned, index type, comment, prefix. */
final class MySqlExtras implements Extras {
    @Override
    public Attrs table(Mapper.Ctx t, Attrs attrs) {
        attrs = charset(t, attrs);
        var engine = t.word("engine");
        if (engine.isPresent()) {
            attrs = attrs.with(new Engine(engine.get()));
        }
        var start = t.number("auto_increment");
        if (start.isPresent()) {
            attrs = attrs.with(new TableAutoIncrement(start.get()));
        }
        return attrs;
    }

    static Attrs charset(Mapper.Ctx c, Attrs attrs) {
        var cs = c.string("charset");
        if (cs.isPresent()) {
            attrs = attrs.with(new Charset(cs.get()));
        }
        var co = c.string("collate");
        if (co.isPresent()) {
            attrs = attrs.with(new Collation(co.get()));
        }
        return attrs;
    }

    @Override
    public Attrs column(Mapper.Ctx c, Attrs attrs) {
        attrs = charset(c, attrs);
        if (c.bool("auto_increment")) {
            attrs = attrs.with(new AutoIncrement());
        }
        var onUpdate = c.sqlOrString("on_update");
        if (onUpdate.isPresent()) {
            attrs = attrs.with(new OnUpdate(onUpdate.get()));
        }
        return attrs;
    }

    @Override
    public String typeSpelling(Mapper.Ctx c, String spelling) {
        return c.bool("unsigned") ? spelling + " unsigned" : spelling;
    }

    @Override
    public Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs) {
        return attrs;
    }

    @Override
    public Attrs index(Mapper.Ctx i, Attrs attrs) {
        var type = i.word("type");
        if (type.isPresent() && !type.get().equalsIgnoreCase("BTREE")) {
            attrs = attrs.with(new IndexType(type.get().toUpperCase(Locale.ROOT)));
        }
        var comment = i.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new IndexComment(comment.get()));
        }
        return attrs;
    }

    @Override
    public Attrs indexPart(Mapper.Ctx on, Attrs attrs) {
        var prefix = on.number("prefix");
        return prefix.isPresent() ? attrs.with(new SubPart(prefix.get().intValue())) : attrs;
    }
}
