package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclWriteException;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import io.atlas4j.spi.Dialect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the model as Atlas HCL, the way {@code atlas schema inspect --format hcl} prints it: tables sorted by name
 * (columns in table order; indexes, foreign keys and checks by name), then views, then the schema blocks. Whatever
 * the writer cannot express is collected and thrown as one {@link HclWriteException}.
 */
public final class Writer {
    private static final Pattern TYPE = Pattern.compile("([A-Za-z][A-Za-z0-9 ]*?)(?:\\((.*)\\))?");
    private static final Pattern ARG = Pattern.compile("\\s*(\\d+|'(?:[^']|'')*')\\s*(,|$)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Dialect dialect;
    private final HclDialect hd;
    private final Extras extras;
    private final List<String> unsupported = new ArrayList<>();
    /** Whether references name their schema ({@code table.s.t}): when the realm has more than one. */
    private boolean qualify;

    private Writer(Dialect dialect) {
        this.dialect = dialect;
        this.hd = HclDialect.of(dialect.name());
        this.extras = switch (hd) {
            case SQLITE -> new SqliteExtras();
            case POSTGRES -> new PgExtras();
            case MYSQL -> new MySqlExtras();
        };
    }

    /** {@return the realm as HCL text} @throws HclWriteException listing everything not expressible yet */
    public static String write(Realm realm, Dialect dialect) {
        Writer w = new Writer(dialect);
        w.qualify = realm.schemas().size() > 1;
        HclOut out = new HclOut();
        List<Schema> schemas = realm.schemas().stream().sorted(Comparator.comparing(Schema::name)).toList();
        for (Schema s : schemas) {
            for (Table t : s.tables().stream().sorted(Comparator.comparing(Table::name)).toList()) {
                w.table(s, t, out);
            }
        }
        for (Schema s : schemas) {
            for (View v : s.views().stream().sorted(Comparator.comparing(View::name)).toList()) {
                w.view(s, v, out);
            }
        }
        for (Schema s : schemas) {
            for (SchemaObject o : s.objects().stream().sorted(Comparator.comparing(SchemaObject::kind)
                    .thenComparing(SchemaObject::name)).toList()) {
                if (o instanceof Trigger t) {
                    w.trigger(s, t, out);
                } else if (!w.extras.writeObject(s, o, out)) {
                    w.unsupported.add("schema " + s.name() + ": " + o.kind() + " " + o.name());
                    continue;
                }
                List<io.atlas4j.schema.QualifiedName> deps = o.attrs().get(io.atlas4j.schema.DependsOn.class)
                        .map(io.atlas4j.schema.DependsOn::names).orElse(List.of());
                if (!deps.isEmpty()) {
                    out.lastBlock().orElseThrow().attr("depends_on", HclOut.strings(deps.stream().map(Object::toString).toList()));
                }
            }
        }
        for (Schema s : schemas) {
            HclOut b = out.block("schema", s.name());
            for (Attr a : s.attrs().stated()) {
                if (a instanceof Comment c) {
                    b.attr("comment", HclOut.quote(c.text()));
                } else if (!w.extras.writeSchema(a, b)) {
                    w.unsupported.add("schema " + s.name() + ": attribute " + a);
                }
            }
        }
        if (!w.unsupported.isEmpty()) {
            throw new HclWriteException(w.unsupported);
        }
        return out.render();
    }

    private void table(Schema s, Table t, HclOut out) {
        HclOut b = out.block("table", t.name());
        b.attr("schema", "schema" + HclOut.step(s.name()));
        String where = "table " + t.name();
        for (Attr a : t.attrs().stated()) {
            if (a instanceof Comment c) {
                b.attr("comment", HclOut.quote(c.text()));
            } else if (!extras.writeTable(a, b)) {
                unsupported.add(where + ": attribute " + a);
            }
        }
        for (Column c : t.columns()) {
            column(t, c, b.block("column", c.name()), where + ": column " + c.name());
        }
        t.primaryKey().ifPresent(pk -> {
            HclOut p = pk.name().isEmpty() ? b.block("primary_key") : b.block("primary_key", pk.name());
            parts(pk, p, where + ": primary key");
            for (Attr a : pk.attrs().stated()) {
                if (!extras.writePrimaryKey(a) && !extras.writeIndex(a, p)) {
                    unsupported.add(where + ": primary key: attribute " + a);
                }
            }
        });
        for (ForeignKey fk : t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKey::name)).toList()) {
            HclOut f = b.block("foreign_key", fk.name());
            f.attr("columns", refs(fk.columns(), "column"));
            String table = "table" + fk.refTable().schema().filter(x -> !x.equals(s.name())).map(HclOut::step).orElse("")
                    + HclOut.step(fk.refTable().name()) + ".column";
            f.attr("ref_columns", refs(fk.refColumns(), table));
            f.attr("on_update", fk.onUpdate().name());
            f.attr("on_delete", fk.onDelete().name());
            for (Attr a : fk.attrs().stated()) {
                if (a instanceof Deferrable d) {
                    f.attr("deferrable", "true");
                    if (d.initiallyDeferred()) {
                        f.attr("initially_deferred", "true");
                    }
                } else if (!extras.writeForeignKey(a, f)) {
                    unsupported.add(where + ": foreign key " + fk.name() + ": attribute " + a);
                }
            }
        }
        for (Index i : t.indexes().stream().sorted(Comparator.comparing(Index::name)).toList()) {
            boolean constraint = i.unique() && i.attrs().stated().stream().anyMatch(extras::isUniqueConstraint);
            HclOut x = constraint ? (i.name().isEmpty() ? b.block("unique") : b.block("unique", i.name())) : b.block("index", i.name());
            if (i.unique() && !constraint) {
                x.attr("unique", "true");
            }
            parts(i, x, where + ": index " + i.name());
            for (Attr a : i.attrs().stated()) {
                if (a instanceof IndexPredicate p) {
                    x.attr("where", HclOut.quote(p.sql()));
                } else if (constraint && extras.isUniqueConstraint(a)) {
                    continue;
                } else if (!extras.writeIndex(a, x)) {
                    unsupported.add(where + ": index " + i.name() + ": attribute " + a);
                }
            }
        }
        for (Check c : t.checks().stream().sorted(Comparator.comparing(Check::name)).toList()) {
            HclOut x = c.name().isEmpty() ? b.block("check") : b.block("check", c.name());
            x.attr("expr", HclOut.quote(c.expr()));
            for (Attr a : c.attrs().stated()) {
                if (a instanceof Comment k) {
                    x.attr("comment", HclOut.quote(k.text()));
                } else if (!extras.writeCheck(a, x)) {
                    unsupported.add(where + ": check " + c.name() + ": attribute " + a);
                }
            }
        }
    }

    private void column(Table t, Column c, HclOut b, String where) {
        String spelling = dialect.types().format(c.type());
        b.attr("null", Boolean.toString(c.nullable()));
        boolean unsigned = false;
        if (hd == HclDialect.MYSQL && spelling.toLowerCase(java.util.Locale.ROOT).endsWith(" unsigned")) {
            unsigned = true;
            spelling = spelling.substring(0, spelling.length() - " unsigned".length());
        }
        String base = spelling;
        b.attr("type", extras.typeRef(c.type()).or(() -> extras.typeOverride(t, c, base)).orElseGet(() -> typeHcl(base)));
        if (unsigned) {
            b.attr("unsigned", "true");
        }
        c.defaultValue().ifPresent(d -> b.attr("default", defaultHcl(d)));
        extras.writeColumnExtras(t, c, b);
        for (Attr a : c.attrs().stated()) {
            if (a instanceof Comment x) {
                b.attr("comment", HclOut.quote(x.text()));
            } else if (a instanceof Collation x) {
                b.attr("collate", HclOut.quote(x.name()));
            } else if (a instanceof Generated g) {
                HclOut as = b.block("as");
                as.attr("expr", HclOut.quote(g.expr()));
                as.attr("type", g.stored() ? "STORED" : "VIRTUAL");
            } else if (!extras.writeColumn(t, c, spelling, a, b)) {
                unsupported.add(where + ": attribute " + a);
            }
        }
    }

    private void parts(Index i, HclOut x, String where) {
        boolean plain = i.parts().stream().allMatch(p -> p instanceof IndexPart.OfColumn && !p.descending() && p.attrs().isEmpty());
        if (plain) {
            x.attr("columns", refs(i.columnNames().orElseThrow(), "column"));
            return;
        }
        for (IndexPart p : i.parts()) {
            HclOut on = x.block("on");
            if (p instanceof IndexPart.OfColumn c) {
                on.attr("column", "column" + HclOut.step(c.column()));
            } else {
                on.attr("expr", HclOut.quote(((IndexPart.OfExpr) p).sql()));
            }
            if (p.descending()) {
                on.attr("desc", "true");
            }
            for (Attr a : p.attrs().stated()) {
                if (a instanceof Collation c) {
                    on.attr("collate", HclOut.quote(c.name()));
                } else if (!extras.writeIndexPart(a, on)) {
                    unsupported.add(where + ": part attribute " + a);
                }
            }
        }
    }

    private void view(Schema s, View v, HclOut out) {
        HclOut b = out.block(extras.viewBlock(v), v.name());
        b.attr("schema", "schema" + HclOut.step(s.name()));
        b.attr("as", text(extras.viewQuery(v.definition())));
        if (!v.dependsOn().isEmpty()) {
            StringBuilder deps = new StringBuilder("[");
            for (int i = 0; i < v.dependsOn().size(); i++) {
                io.atlas4j.schema.QualifiedName n = v.dependsOn().get(i);
                String kind = s.view(n.name()).isPresent() && n.schema().isEmpty() ? "view" : "table";
                deps.append(i > 0 ? ", " : "").append(kind).append(n.schema().map(HclOut::step).orElse(qualify ? HclOut.step(s.name()) : ""))
                        .append(HclOut.step(n.name()));
            }
            b.attr("depends_on", deps.append(']').toString());
        }
        for (Attr a : v.attrs().stated()) {
            if (a instanceof Comment c) {
                b.attr("comment", HclOut.quote(c.text()));
            } else if (!extras.writeView(v, a, b)) {
                unsupported.add("view " + v.name() + ": attribute " + a);
            }
        }
    }

    private void trigger(Schema s, Trigger t, HclOut out) {
        HclOut b = out.block("trigger", extras.triggerLabel(t));
        boolean onView = s.view(t.table()).isPresent();
        b.attr("on", (onView ? "view" : "table") + (qualify ? HclOut.step(s.name()) : "") + HclOut.step(t.table()));
        b.attr("definition", text(t.definition()));
        for (Attr a : t.attrs().stated()) {
            if (a instanceof Comment c) {
                b.attr("comment", HclOut.quote(c.text()));
            } else if (!(a instanceof io.atlas4j.schema.DependsOn)) {
                unsupported.add("trigger " + t.name() + ": attribute " + a);
            }
        }
    }

    /** {@return a string as HCL: quoted, or a heredoc when it spans lines and a heredoc keeps it exactly} */
    static String text(String s) {
        return HclOut.text(s);
    }

    private static String refs(List<String> names, String prefix) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(prefix).append(HclOut.step(names.get(i)));
        }
        return sb.append(']').toString();
    }

    /** {@return {@code varchar(255)} when the spelling is a known type name with simple arguments, else {@code sql("...")}} */
    String typeHcl(String spelling) {
        Matcher m = TYPE.matcher(spelling.trim());
        if (m.matches()) {
            String name = m.group(1).trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
            if (TypeNames.of(hd).contains(name)) {
                String candidate = name;
                if (m.group(2) != null) {
                    List<String> args = new ArrayList<>();
                    Matcher a = ARG.matcher(m.group(2));
                    int end = 0;
                    while (end < m.group(2).length() && a.find(end) && a.start() == end) {
                        String v = a.group(1);
                        args.add(v.startsWith("'") ? HclOut.quote(v.substring(1, v.length() - 1).replace("''", "'")) : v);
                        end = a.end();
                    }
                    candidate = end == m.group(2).length() && !args.isEmpty() ? name + "(" + String.join(", ", args) + ")" : null;
                }
                // Written as a type name only when it reads back to the same type.
                if (candidate != null && sameType(candidate, spelling)) {
                    return candidate;
                }
            }
        }
        return "sql(" + HclOut.quote(spelling) + ")";
    }

    private boolean sameType(String hclType, String spelling) {
        try {
            String back = Mapper.typeSpelling(io.atlas4j.hcl.Hcl.parse("type", "t = " + hclType + "\n").body()
                    .attribute("t").orElseThrow().value());
            return dialect.types().parse(back).equals(dialect.types().parse(spelling));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String defaultHcl(Expr e) {
        String s = e.sql();
        if (e instanceof Literal) {
            if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'") && !s.substring(1, s.length() - 1).replace("''", "").contains("'")) {
                return HclOut.quote(s.substring(1, s.length() - 1).replace("''", "'"));
            }
            if (NUMBER.matcher(s).matches() && new BigDecimal(s).toPlainString().equals(s)) {
                return s;
            }
            if (s.equals("true") || s.equals("false")) {
                return s;
            }
        }
        return "sql(" + HclOut.quote(s) + ")";
    }
}
