package io.atlas4j.hcl.internal;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.IndexComment;
import io.atlas4j.mysql.IndexType;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;
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

    private static final java.util.regex.Pattern WIDTH =
            java.util.regex.Pattern.compile("(tinyint|smallint|mediumint|int|integer|bigint)\\((\\d+)\\)");

    @Override
    public Attrs column(Mapper.Ctx c, Attrs attrs) {
        java.util.regex.Matcher w = WIDTH.matcher(c.typeName());
        if (w.matches()) {
            attrs = attrs.with(new DisplayWidth(Integer.parseInt(w.group(2))));
        }
        var cs = c.string("charset");
        if (cs.isPresent()) {
            attrs = attrs.with(new Charset(cs.get()));
        }
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
    public java.util.Optional<String> typeOverride(Table t, Column c, String spelling) {
        var w = c.attrs().get(DisplayWidth.class);
        if (w.isPresent() && spelling.matches("tinyint|smallint|mediumint|int|integer|bigint")) {
            return java.util.Optional.of(spelling + "(" + w.get().width() + ")");
        }
        return java.util.Optional.empty();
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

    @Override
    public boolean writeSchema(Attr a, HclOut out) {
        return writeCharset(a, out);
    }

    private static boolean writeCharset(Attr a, HclOut out) {
        if (a instanceof Charset c) {
            out.attr("charset", HclOut.quote(c.name()));
            return true;
        }
        if (a instanceof Collation c) {
            out.attr("collate", HclOut.quote(c.name()));
            return true;
        }
        return false;
    }

    @Override
    public boolean writeTable(Attr a, HclOut out) {
        if (a instanceof Engine e) {
            out.attr("engine", e.name().matches("[A-Za-z_][A-Za-z0-9_]*") ? e.name() : HclOut.quote(e.name()));
            return true;
        }
        if (a instanceof TableAutoIncrement t) {
            out.attr("auto_increment", Long.toString(t.start()));
            return true;
        }
        return writeCharset(a, out);
    }

    @Override
    public boolean writeColumn(Table t, Column c, String spelling, Attr a, HclOut out) {
        if (a instanceof DisplayWidth) {
            return typeOverride(t, c, spelling).isPresent(); // written in the type, int(11)
        }
        if (a instanceof AutoIncrement) {
            out.attr("auto_increment", "true");
            return true;
        }
        if (a instanceof OnUpdate u) {
            out.attr("on_update", "sql(" + HclOut.quote(u.expr()) + ")");
            return true;
        }
        if (a instanceof Charset cs) {
            out.attr("charset", HclOut.quote(cs.name()));
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
        if (a instanceof IndexType t) {
            out.attr("type", t.name());
            return true;
        }
        if (a instanceof IndexComment c) {
            out.attr("comment", HclOut.quote(c.text()));
            return true;
        }
        return false;
    }

    @Override
    public boolean writeIndexPart(Attr a, HclOut out) {
        if (a instanceof SubPart s) {
            out.attr("prefix", Integer.toString(s.length()));
            return true;
        }
        return false;
    }
}
