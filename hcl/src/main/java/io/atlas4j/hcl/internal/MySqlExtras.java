package io.atlas4j.hcl.internal;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.Event;
import io.atlas4j.mysql.KeyBlockSize;
import io.atlas4j.mysql.Partitioning;
import io.atlas4j.mysql.Routine;
import io.atlas4j.mysql.RowFormat;
import io.atlas4j.mysql.Sequence;
import io.atlas4j.mysql.ViewOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.View;
import java.util.List;
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
        var rowFormat = t.word("row_format");
        if (rowFormat.isPresent()) {
            attrs = attrs.with(new RowFormat(rowFormat.get().toUpperCase(Locale.ROOT)));
        }
        var keyBlockSize = t.number("key_block_size");
        if (keyBlockSize.isPresent()) {
            attrs = attrs.with(new KeyBlockSize(keyBlockSize.get().intValue()));
        }
        var partition = t.string("partition_by");
        if (partition.isPresent()) {
            attrs = attrs.with(new Partitioning(partition.get()));
        }
        return attrs;
    }

    @Override
    public Attrs view(Mapper.Ctx v, Attrs attrs) {
        String algorithm = v.word("algorithm").orElse("UNDEFINED").toUpperCase(Locale.ROOT);
        String security = v.word("security").orElse("DEFINER").toUpperCase(Locale.ROOT);
        String check = v.word("check_option").orElse("NONE").toUpperCase(Locale.ROOT);
        ViewOptions o = new ViewOptions(algorithm, security, check);
        return o.equals(ViewOptions.DEFAULTS) ? attrs : attrs.with(o);
    }

    @Override
    public boolean writeView(View v, Attr a, HclOut out) {
        if (a instanceof ViewOptions o) {
            if (!o.algorithm().equals("UNDEFINED")) {
                out.attr("algorithm", HclOut.word(o.algorithm()));
            }
            if (!o.security().equals("DEFINER")) {
                out.attr("security", HclOut.word(o.security()));
            }
            if (!o.checkOption().equals("NONE")) {
                out.attr("check_option", HclOut.word(o.checkOption()));
            }
            return true;
        }
        return false;
    }

    @Override
    public java.util.Set<String> objectBlocks() {
        return java.util.Set.of("function", "procedure", "event", "sequence");
    }

    @Override
    public SchemaObject object(Mapper.Ctx o) {
        switch (o.block.type()) {
            case "function":
            case "procedure":
                return new Routine(o.block.type(), o.label(), o.string("definition").orElseGet(() -> routine(o)), Attrs.EMPTY);
            case "event":
                return new Event(o.label(), o.string("schedule").orElse(""), o.word("status").orElse("ENABLE").replace('_', ' '),
                        o.bool("preserve"), o.string("comment").orElse(""), o.string("as").orElse(""), Attrs.EMPTY);
            default:
                return new Sequence(o.label(), o.number("start").orElse(1L), o.number("min_value").orElse(1L),
                        o.number("max_value").orElse(9223372036854775806L), o.number("increment").orElse(1L),
                        o.number("cache").orElse(1000L), o.bool("cycle"), Attrs.EMPTY);
        }
    }

    /** A routine written the Atlas way: {@code arg} blocks, {@code return}, {@code deterministic}, {@code as} (its body). */
    private static String routine(Mapper.Ctx o) {
        boolean function = o.block.type().equals("function");
        StringBuilder sb = new StringBuilder("CREATE ").append(function ? "FUNCTION " : "PROCEDURE ").append(id(o.label())).append('(');
        List<Mapper.Ctx> args = o.children("arg");
        for (int i = 0; i < args.size(); i++) {
            Mapper.Ctx a = args.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            if (!function) {
                sb.append(a.word("mode").orElse("IN").toUpperCase(Locale.ROOT)).append(' ');
            }
            sb.append(id(a.label())).append(' ').append(a.typeOf("type").orElse("int"));
        }
        sb.append(')');
        if (function) {
            sb.append(" RETURNS ").append(o.typeOf("return").orElse("int"));
        }
        sb.append('\n').append(o.bool("deterministic") ? "DETERMINISTIC" : "NOT DETERMINISTIC");
        o.word("data_access").ifPresent(d -> sb.append('\n').append(d.replace('_', ' ')));
        o.word("security").ifPresent(d -> sb.append("\nSQL SECURITY ").append(d));
        o.string("comment").ifPresent(c -> sb.append("\nCOMMENT '").append(c.replace("'", "''")).append('\''));
        return sb.append('\n').append(o.string("as").orElse("").strip()).toString();
    }

    private static String id(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public boolean writeObject(Schema s, SchemaObject o, HclOut out) {
        if (!o.attrs().stated().isEmpty()) {
            return false;
        }
        if (o instanceof Routine r) {
            HclOut b = out.block(r.kind(), r.name());
            b.attr("schema", "schema" + HclOut.step(s.name()));
            b.attr("definition", HclOut.text(r.definition()));
            return true;
        }
        if (o instanceof Event e) {
            HclOut b = out.block("event", e.name());
            b.attr("schema", "schema" + HclOut.step(s.name()));
            b.attr("schedule", HclOut.quote(e.schedule()));
            b.attr("status", HclOut.word(e.status().replace(' ', '_')));
            if (e.preserve()) {
                b.attr("preserve", "true");
            }
            if (!e.comment().isEmpty()) {
                b.attr("comment", HclOut.quote(e.comment()));
            }
            b.attr("as", HclOut.text(e.body()));
            return true;
        }
        if (o instanceof Sequence q) {
            HclOut b = out.block("sequence", q.name());
            b.attr("schema", "schema" + HclOut.step(s.name()));
            b.attr("start", Long.toString(q.start()));
            b.attr("increment", Long.toString(q.increment()));
            b.attr("min_value", Long.toString(q.minValue()));
            b.attr("max_value", Long.toString(q.maxValue()));
            b.attr("cache", Long.toString(q.cache()));
            if (q.cycle()) {
                b.attr("cycle", "true");
            }
            return true;
        }
        return false;
    }

    /** MySQL keeps {@code CREATE TRIGGER `t` BEFORE INSERT ON `x` FOR EACH ROW <statement>}. */
    @Override
    public String triggerDefinition(Mapper.Ctx t, String table) {
        TriggerSpec spec = TriggerSpec.of(t);
        return "CREATE TRIGGER " + id(t.label()) + " " + spec.timing() + " " + String.join(" OR ", spec.events()) + " ON " + id(table)
                + " FOR EACH ROW " + spec.body().orElse("").strip();
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
        var check = c.string("check");
        if (check.isPresent()) {
            attrs = attrs.with(new ColumnCheck(check.get()));
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
        if (a instanceof RowFormat r) {
            out.attr("row_format", HclOut.word(r.name()));
            return true;
        }
        if (a instanceof KeyBlockSize k) {
            out.attr("key_block_size", Integer.toString(k.size()));
            return true;
        }
        if (a instanceof Partitioning p) {
            out.attr("partition_by", HclOut.text(p.clause()));
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
        if (a instanceof ColumnCheck cc) {
            out.attr("check", HclOut.quote(cc.expr()));
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
