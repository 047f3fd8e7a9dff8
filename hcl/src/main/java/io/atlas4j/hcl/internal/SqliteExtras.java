package io.atlas4j.hcl.internal;

import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteOnConflict;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import io.atlas4j.sqlite.SqliteVirtualTable;
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
        return onConflict(c, attrs);
    }

    private static Attrs onConflict(Mapper.Ctx c, Attrs attrs) {
        var action = c.word("on_conflict");
        return action.isPresent() ? attrs.with(new SqliteOnConflict(action.get())) : attrs;
    }

    @Override
    public Attrs uniqueConstraint() {
        return Attrs.of(new SqliteUniqueConstraint());
    }

    @Override
    public boolean isUniqueConstraint(Attr a) {
        return a instanceof SqliteUniqueConstraint;
    }

    @Override
    public java.util.Set<String> objectBlocks() {
        return java.util.Set.of("virtual_table");
    }

    @Override
    public SchemaObject object(Mapper.Ctx o) {
        return new SqliteVirtualTable(o.label(), o.string("definition").orElseThrow(), Attrs.EMPTY);
    }

    @Override
    public boolean writeObject(Schema s, SchemaObject o, HclOut out) {
        if (o instanceof SqliteVirtualTable v && v.attrs().stated().isEmpty()) {
            HclOut b = out.block("virtual_table", v.name());
            b.attr("schema", "schema" + HclOut.step(s.name()));
            b.attr("definition", HclOut.text(v.definition()));
            return true;
        }
        return false;
    }

    /** SQLite keeps a trigger's statement as written: {@code CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN ... END}. */
    @Override
    public String triggerDefinition(Mapper.Ctx t, String table) {
        TriggerSpec spec = TriggerSpec.of(t);
        StringBuilder sb = new StringBuilder("CREATE TRIGGER ").append(t.label()).append(' ').append(spec.timing()).append(' ')
                .append(String.join(" OR ", spec.events())).append(" ON ").append(table);
        if (spec.forEach().equals("ROW")) {
            sb.append(" FOR EACH ROW");
        }
        spec.when().ifPresent(w -> sb.append(" WHEN ").append(w));
        String body = spec.body().orElse("").strip();
        if (!body.regionMatches(true, 0, "BEGIN", 0, 5)) {
            body = "BEGIN\n  " + body + (body.endsWith(";") ? "" : ";") + "\nEND";
        }
        return sb.append('\n').append(body).toString();
    }

    @Override
    public Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs) {
        attrs = onConflict(pk, attrs);
        for (Mapper.Ctx col : table.children("column")) {
            if (col.peekBool("auto_increment")) {
                return attrs.with(new SqliteAutoincrement());
            }
        }
        return attrs;
    }

    @Override
    public Attrs index(Mapper.Ctx i, Attrs attrs) {
        return i.block.type().equals("primary_key") ? attrs : onConflict(i, attrs);
    }

    @Override
    public Attrs indexPart(Mapper.Ctx on, Attrs attrs) {
        return attrs;
    }

    private static final java.util.regex.Pattern CREATE_VIEW = java.util.regex.Pattern.compile(
            "(?is)\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*\\]|[^\\s(]+)\\s*(?:\\([^)]*\\)\\s*)?AS\\s+(.*)");

    @Override
    public String viewQuery(String definition) {
        java.util.regex.Matcher m = CREATE_VIEW.matcher(definition);
        return m.matches() ? m.group(1) : definition;
    }

    @Override
    public boolean writeTable(Attr a, HclOut out) {
        if (a instanceof SqliteWithoutRowId) {
            out.attr("without_rowid", "true");
            return true;
        }
        if (a instanceof SqliteStrict) {
            out.attr("strict", "true");
            return true;
        }
        return false;
    }

    @Override
    public boolean writeColumn(Table t, Column c, String spelling, Attr a, HclOut out) {
        return writeOnConflict(a, out);
    }

    private static boolean writeOnConflict(Attr a, HclOut out) {
        if (a instanceof SqliteOnConflict o) {
            out.attr("on_conflict", o.action());
            return true;
        }
        return false;
    }

    @Override
    public void writeColumnExtras(Table t, Column c, HclOut out) {
        if (t.primaryKey().isPresent()) {
            Index pk = t.primaryKey().get();
            if (pk.attrs().has(SqliteAutoincrement.class) && pk.parts().size() == 1
                    && pk.parts().get(0) instanceof IndexPart.OfColumn oc && oc.column().equals(c.name())) {
                out.attr("auto_increment", "true");
            }
        }
    }

    @Override
    public boolean writePrimaryKey(Attr a) {
        return a instanceof SqliteAutoincrement;
    }

    @Override
    public boolean writeIndex(Attr a, HclOut out) {
        return writeOnConflict(a, out);
    }

    @Override
    public boolean writeIndexPart(Attr a, HclOut out) {
        return false;
    }
}
