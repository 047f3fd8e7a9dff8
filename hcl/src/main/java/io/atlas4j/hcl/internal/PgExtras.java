package io.atlas4j.hcl.internal;

import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgUnlogged;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;
import io.atlas4j.postgres.PgExclude;
import io.atlas4j.postgres.PgExcludes;
import io.atlas4j.postgres.PgIndexInclude;
import io.atlas4j.postgres.PgInheritedColumn;
import io.atlas4j.postgres.PgInherits;
import io.atlas4j.postgres.PgMatchFull;
import io.atlas4j.postgres.PgMaterialized;
import io.atlas4j.postgres.PgNoInherit;
import io.atlas4j.postgres.PgNotValid;
import io.atlas4j.postgres.PgNullsNotDistinct;
import io.atlas4j.postgres.PgNullsOrder;
import io.atlas4j.postgres.PgOpClass;
import io.atlas4j.postgres.PgPartitionKey;
import io.atlas4j.postgres.PgPartitionOf;
import io.atlas4j.postgres.PgRowSecurity;
import io.atlas4j.postgres.PgStorageParameters;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL: {@code identity} blocks, {@code unlogged} tables, index {@code type}. */
final class PgExtras implements Extras {
    @Override
    public Attrs table(Mapper.Ctx t, Attrs attrs) {
        if (t.bool("unlogged")) {
            attrs = attrs.with(new PgUnlogged());
        }
        for (Mapper.Ctx rs : t.children("row_security")) {
            attrs = attrs.with(new PgRowSecurity(rs.bool("enabled"), rs.bool("enforced")));
        }
        for (Mapper.Ctx p : t.children("partition")) {
            Optional<String> by = p.string("by");
            if (by.isPresent()) {
                attrs = attrs.with(new PgPartitionKey(by.get()));
            } else {
                String type = p.word("type").orElse("RANGE").toUpperCase(Locale.ROOT);
                List<String> parts = new ArrayList<>(Mapper.columnNames(p.list("columns")));
                for (Mapper.Ctx on : p.children("by")) {
                    parts.add(on.attr("column").map(a -> Mapper.columnNames(List.of(a.value())).get(0))
                            .orElseGet(() -> on.string("expr").map(e -> "(" + e + ")").orElse("")));
                }
                attrs = attrs.with(new PgPartitionKey(type + " (" + String.join(", ", parts) + ")"));
            }
        }
        Optional<String> of = t.string("partition_of");
        if (of.isPresent()) {
            attrs = attrs.with(new PgPartitionOf(of.get(), t.string("partition_bound").orElse("DEFAULT")));
        }
        List<String> inherits = t.words("inherits");
        if (!inherits.isEmpty()) {
            attrs = attrs.with(new PgInherits(inherits));
        }
        List<PgExclude> excludes = new ArrayList<>();
        for (Mapper.Ctx x : t.children("exclude")) {
            excludes.add(new PgExclude(x.label(), x.string("definition").orElseThrow()));
        }
        if (!excludes.isEmpty()) {
            attrs = attrs.with(new PgExcludes(excludes));
        }
        return attrs;
    }

    @Override
    public java.util.Set<String> objectBlocks() {
        return PgObjects.BLOCKS;
    }

    private Map<String, String> userTypes = Map.of();
    private io.atlas4j.spi.Dialect dialect;

    @Override
    public io.atlas4j.schema.SchemaObject object(Mapper.Ctx o) {
        return PgObjects.object(o, dialect, userTypes);
    }

    @Override
    public io.atlas4j.schema.type.ColumnType parseType(io.atlas4j.hcl.Expr hcl, String spelling, io.atlas4j.spi.Dialect dialect,
                                                      Map<String, String> userTypes) {
        this.dialect = dialect;
        this.userTypes = userTypes;
        return PgObjects.parseType(hcl, spelling, dialect, userTypes);
    }

    /** Called before objects are mapped, so that domain and composite types resolve user types too. */
    void bind(io.atlas4j.spi.Dialect dialect, Map<String, String> userTypes) {
        this.dialect = dialect;
        this.userTypes = userTypes;
    }

    @Override
    public Optional<String> typeRef(io.atlas4j.schema.type.ColumnType type) {
        return PgObjects.typeRef(type);
    }

    @Override
    public boolean writeObject(io.atlas4j.schema.Schema s, io.atlas4j.schema.SchemaObject o, HclOut out) {
        return PgObjects.write(s, o, out);
    }

    @Override
    public String triggerName(String table, String label) {
        return table + "." + label;
    }

    @Override
    public String triggerLabel(io.atlas4j.schema.Trigger t) {
        return t.name().startsWith(t.table() + ".") ? t.name().substring(t.table().length() + 1) : t.name();
    }

    @Override
    public String triggerDefinition(Mapper.Ctx t, String table) {
        return PgObjects.triggerDefinition(t, table);
    }

    @Override
    public Attrs foreignKey(Mapper.Ctx f, Attrs attrs) {
        if (f.word("match").map(m -> m.equalsIgnoreCase("FULL")).orElse(false)) {
            attrs = attrs.with(new PgMatchFull());
        }
        return f.bool("not_valid") ? attrs.with(new PgNotValid()) : attrs;
    }

    @Override
    public Attrs check(Mapper.Ctx c, Attrs attrs) {
        if (c.bool("no_inherit")) {
            attrs = attrs.with(new PgNoInherit());
        }
        return c.bool("not_valid") ? attrs.with(new PgNotValid()) : attrs;
    }

    @Override
    public boolean writeForeignKey(Attr a, HclOut out) {
        if (a instanceof PgMatchFull) {
            out.attr("match", "FULL");
            return true;
        }
        return writeNotValid(a, out);
    }

    @Override
    public boolean writeCheck(Attr a, HclOut out) {
        if (a instanceof PgNoInherit) {
            out.attr("no_inherit", "true");
            return true;
        }
        return writeNotValid(a, out);
    }

    private static boolean writeNotValid(Attr a, HclOut out) {
        if (a instanceof PgNotValid) {
            out.attr("not_valid", "true");
            return true;
        }
        return false;
    }

    @Override
    public Attrs uniqueConstraint() {
        return Attrs.of(new PgUniqueConstraint());
    }

    @Override
    public boolean isUniqueConstraint(Attr a) {
        return a instanceof PgUniqueConstraint;
    }

    @Override
    public Attrs view(Mapper.Ctx v, Attrs attrs) {
        if (!v.block.type().equals("materialized")) {
            return attrs;
        }
        List<String> indexes = new ArrayList<>();
        Map<String, String> comments = new java.util.HashMap<>();
        for (Mapper.Ctx i : v.children("index")) {
            indexes.add(i.string("definition").orElseThrow());
            i.string("comment").ifPresent(c -> comments.put(i.label(), c));
        }
        return attrs.with(new PgMaterialized(indexes, comments));
    }

    @Override
    public String viewBlock(View v) {
        return v.attrs().has(PgMaterialized.class) ? "materialized" : "view";
    }

    private static final Pattern INDEX_NAME = Pattern.compile("^CREATE (?:UNIQUE )?INDEX (\"(?:[^\"]|\"\")+\"|\\S+) ON ");

    @Override
    public boolean writeView(View v, Attr a, HclOut out) {
        if (a instanceof PgMaterialized m) {
            for (String def : m.indexes()) {
                Matcher n = INDEX_NAME.matcher(def);
                String name = n.find() ? n.group(1) : "";
                if (name.startsWith("\"")) {
                    name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
                }
                HclOut i = out.block("index", name);
                i.attr("definition", HclOut.quote(def));
                if (m.indexComments().containsKey(name)) {
                    i.attr("comment", HclOut.quote(m.indexComments().get(name)));
                }
            }
            return m.indexComments().keySet().stream().allMatch(k -> m.indexes().stream().anyMatch(d -> {
                Matcher n = INDEX_NAME.matcher(d);
                return n.find() && (n.group(1).equals(k) || n.group(1).equals("\"" + k.replace("\"", "\"\"") + "\""));
            }));
        }
        return false;
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
            attrs = attrs.with(new PgIdentity(generated.equals("ALWAYS"), start, increment, id.number("min_value").orElse(1L),
                    id.number("max_value").orElse(max), id.number("cache").orElse(1L), id.bool("cycle")));
        }
        if (c.bool("inherited")) {
            attrs = attrs.with(new PgInheritedColumn());
        }
        return attrs;
    }

    @Override
    public Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs) {
        return attrs;
    }

    @Override
    public Attrs index(Mapper.Ctx i, Attrs attrs) {
        Optional<String> type = i.word("type");
        if (type.isPresent() && !type.get().equalsIgnoreCase("btree")) {
            attrs = attrs.with(new PgIndexMethod(type.get().toLowerCase(Locale.ROOT)));
        }
        List<String> include = Mapper.columnNames(i.list("include"));
        if (!include.isEmpty()) {
            attrs = attrs.with(new PgIndexInclude(include));
        }
        if (i.optBool("nulls_distinct").map(b -> !b).orElse(false)) {
            attrs = attrs.with(new PgNullsNotDistinct());
        }
        List<String> storage = i.words("storage_params");
        if (!storage.isEmpty()) {
            attrs = attrs.with(new PgStorageParameters(storage));
        }
        Optional<String> comment = i.string("comment");
        if (comment.isPresent()) {
            attrs = attrs.with(new io.atlas4j.schema.Comment(comment.get()));
        }
        if (i.bool("deferrable")) {
            attrs = attrs.with(new io.atlas4j.schema.Deferrable(i.bool("initially_deferred")));
        }
        return attrs;
    }

    @Override
    public Attrs indexPart(Mapper.Ctx on, Attrs attrs) {
        Optional<String> ops = on.word("ops");
        if (ops.isPresent()) {
            attrs = attrs.with(new PgOpClass(ops.get()));
        }
        Optional<Boolean> nullsFirst = on.optBool("nulls_first");
        if (nullsFirst.isPresent()) {
            attrs = attrs.with(new PgNullsOrder(nullsFirst.get()));
        }
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
        if (a instanceof PgRowSecurity r) {
            HclOut b = out.block("row_security");
            b.attr("enabled", Boolean.toString(r.enabled()));
            if (r.forced()) {
                b.attr("enforced", "true");
            }
            return true;
        }
        if (a instanceof PgPartitionKey k) {
            HclOut b = out.block("partition");
            Matcher m = PARTITION.matcher(k.definition());
            if (m.matches()) {
                b.attr("type", m.group(1));
                StringBuilder cols = new StringBuilder("[");
                String[] names = m.group(2).split(", ");
                for (int i = 0; i < names.length; i++) {
                    cols.append(i > 0 ? ", " : "").append("column.").append(names[i]);
                }
                b.attr("columns", cols.append(']').toString());
            } else {
                b.attr("by", HclOut.quote(k.definition()));
            }
            return true;
        }
        if (a instanceof PgPartitionOf p) {
            out.attr("partition_of", HclOut.quote(p.parent()));
            out.attr("partition_bound", HclOut.quote(p.bound()));
            return true;
        }
        if (a instanceof PgInherits i) {
            out.attr("inherits", HclOut.strings(i.parents()));
            return true;
        }
        if (a instanceof PgExcludes x) {
            for (PgExclude e : x.constraints()) {
                out.block("exclude", e.name()).attr("definition", HclOut.quote(e.definition()));
            }
            return true;
        }
        return false;
    }

    private static final Pattern PARTITION = Pattern.compile("(RANGE|LIST|HASH) \\(([a-z_][a-z0-9_]*(?:, [a-z_][a-z0-9_]*)*)\\)");

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
            HclOut b = out.block("identity");
            b.attr("generated", id.always() ? "ALWAYS" : "BY_DEFAULT");
            b.attr("start", Long.toString(id.start()));
            b.attr("increment", Long.toString(id.increment()));
            if (id.min() != 1) {
                b.attr("min_value", Long.toString(id.min()));
            }
            if (id.max() != maxOf(type)) {
                b.attr("max_value", Long.toString(id.max()));
            }
            if (id.cache() != 1) {
                b.attr("cache", Long.toString(id.cache()));
            }
            if (id.cycle()) {
                b.attr("cycle", "true");
            }
            return true;
        }
        if (a instanceof PgInheritedColumn) {
            out.attr("inherited", "true");
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
            out.attr("type", HclOut.word(m.name().toUpperCase(Locale.ROOT)));
            return true;
        }
        if (a instanceof PgIndexInclude i) {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < i.columns().size(); k++) {
                sb.append(k > 0 ? ", " : "").append("column").append(HclOut.step(i.columns().get(k)));
            }
            out.attr("include", sb.append(']').toString());
            return true;
        }
        if (a instanceof PgNullsNotDistinct) {
            out.attr("nulls_distinct", "false");
            return true;
        }
        if (a instanceof PgStorageParameters p) {
            out.attr("storage_params", HclOut.strings(p.parameters()));
            return true;
        }
        if (a instanceof io.atlas4j.schema.Comment c) {
            out.attr("comment", HclOut.quote(c.text()));
            return true;
        }
        if (a instanceof io.atlas4j.schema.Deferrable d) {
            out.attr("deferrable", "true");
            if (d.initiallyDeferred()) {
                out.attr("initially_deferred", "true");
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean writeIndexPart(Attr a, HclOut out) {
        if (a instanceof PgOpClass o) {
            out.attr("ops", HclOut.word(o.name()));
            return true;
        }
        if (a instanceof PgNullsOrder n) {
            out.attr("nulls_first", Boolean.toString(n.nullsFirst()));
            return true;
        }
        return false;
    }
}
