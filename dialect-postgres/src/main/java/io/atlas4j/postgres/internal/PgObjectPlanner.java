package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.postgres.PgCompositeType;
import io.atlas4j.postgres.PgDomain;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgExtension;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PgPolicy;
import io.atlas4j.postgres.PgRule;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statements for schema objects: extensions, types, domains, sequences, routines, triggers. */
final class PgObjectPlanner {
    private final PlanOptions options;
    private final List<Statement> out;
    private final List<Statement> last;

    PgObjectPlanner(PlanOptions options, List<Statement> out, List<Statement> last) {
        this.options = options;
        this.out = out;
        this.last = last;
    }

    private PgSql sql(String schema) {
        return new PgSql(schema, options.qualifySchema());
    }

    void add(AddObject c) {
        PgSql s = sql(c.schema());
        SchemaObject o = c.object();
        if (o instanceof PgExtension e) {
            out.add(Statement.of("CREATE EXTENSION IF NOT EXISTS " + PgSql.q(e.name()) + " SCHEMA " + PgSql.q(c.schema())
                    + " VERSION " + PgIdent.literal(e.version()),
                    "create extension " + e.name(), "DROP EXTENSION " + PgSql.q(e.name()), c));
            return; // the extension sets its own comment
        } else if (o instanceof PgEnum e) {
            List<String> labels = e.values().stream().map(PgIdent::literal).toList();
            out.add(Statement.of("CREATE TYPE " + s.name(e.name()) + " AS ENUM (" + String.join(", ", labels) + ")",
                    "create enum " + e.name(), "DROP TYPE " + s.name(e.name()), c));
        } else if (o instanceof PgDomain d) {
            StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(s.name(d.name())).append(" AS ").append(d.baseType());
            d.defaultValue().ifPresent(v -> sb.append(" DEFAULT ").append(v));
            if (d.notNull()) sb.append(" NOT NULL");
            for (String ch : d.checks()) sb.append(' ').append(domainCheck(ch));
            out.add(Statement.of(sb.toString(), "create domain " + d.name(), "DROP DOMAIN " + s.name(d.name()), c));
        } else if (o instanceof PgCompositeType t) {
            out.add(Statement.of("CREATE TYPE " + s.name(t.name()) + " AS (" + String.join(", ", t.fields()) + ")",
                    "create type " + t.name(), "DROP TYPE " + s.name(t.name()), c));
        } else if (o instanceof PgSequence q) {
            out.add(Statement.of("CREATE SEQUENCE " + s.name(q.name()) + " AS " + q.type() + " "
                    + PgSql.sequenceOptions(q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle()),
                    "create sequence " + q.name(), "DROP SEQUENCE " + s.name(q.name()), c));
            q.ownedBy().ifPresent(ob -> last.add(Statement.of("ALTER SEQUENCE " + s.name(q.name()) + " OWNED BY " + ownedBy(s, ob),
                    "sequence " + q.name() + " owned by " + ob, c)));
        } else if (o instanceof PgFunction f) {
            out.add(Statement.of(s.routine(f.definition()), "create " + f.kind() + " " + f.name(), drop(s, f), c));
        } else if (o instanceof Trigger t) {
            out.add(Statement.of(s.trigger(t.definition(), t.table()), "create trigger " + t.name(), dropTrigger(s, t), c));
        } else if (o instanceof PgPolicy p) {
            out.add(Statement.of(createPolicy(s, p), "create policy " + p.name(), dropPolicy(s, p), c));
        } else if (o instanceof PgRule r) {
            out.add(Statement.of(rule(s, r, false), "create rule " + r.name(), dropRule(s, r), c));
        } else {
            throw new UnsupportedChangeException(c, "postgres cannot create " + o.kind() + " " + o.name() + ": create it manually");
        }
        comment(s, c, o, Optional.empty());
    }

    void drop(DropObject c) {
        PgSql s = sql(c.schema());
        SchemaObject o = c.object();
        String sql;
        if (o instanceof PgExtension e) sql = "DROP EXTENSION " + PgSql.q(e.name());
        else if (o instanceof PgEnum || o instanceof PgCompositeType) sql = "DROP TYPE " + s.name(o.name());
        else if (o instanceof PgDomain) sql = "DROP DOMAIN " + s.name(o.name());
        else if (o instanceof PgSequence) sql = "DROP SEQUENCE " + s.name(o.name());
        else if (o instanceof PgFunction f) sql = drop(s, f);
        else if (o instanceof Trigger t) sql = dropTrigger(s, t);
        else if (o instanceof PgPolicy p) sql = dropPolicy(s, p);
        else if (o instanceof PgRule r) sql = dropRule(s, r);
        else throw new UnsupportedChangeException(c, "postgres cannot drop " + o.kind() + " " + o.name() + ": drop it manually");
        out.add(Statement.of(sql, "drop " + o.kind() + " " + o.name(), c));
    }

    void modify(ModifyObject c) {
        PgSql s = sql(c.schema());
        SchemaObject from = c.from();
        SchemaObject to = c.to();
        boolean sameButComment = from.attrs().without(Comment.class).equals(to.attrs().without(Comment.class))
                && withoutAttrs(from).equals(withoutAttrs(to));
        if (sameButComment) {
            comment(s, c, to, Optional.of(from));
            return;
        }
        if (from instanceof PgEnum a && to instanceof PgEnum b) {
            enumValues(s, c, a, b);
        } else if (from instanceof PgDomain a && to instanceof PgDomain b) {
            domain(s, c, a, b);
        } else if (from instanceof PgSequence a && to instanceof PgSequence b) {
            if (b.min() > a.min() || b.max() < a.max()) {
                // the current value must lie in the new range before it narrows
                out.add(Statement.of(PgSql.clampSequence(PgIdent.literal(s.name(b.name())) + "::regclass", a.start(), b.min(), b.max()),
                        "range of sequence " + b.name(), c));
            }
            out.add(Statement.of("ALTER SEQUENCE " + s.name(b.name()) + " AS " + b.type() + " INCREMENT BY " + b.increment()
                    + " MINVALUE " + b.min() + " MAXVALUE " + b.max() + " START WITH " + b.start() + " CACHE " + b.cache()
                    + (b.cycle() ? " CYCLE" : " NO CYCLE"), "alter sequence " + b.name(), c));
            if (!a.ownedBy().equals(b.ownedBy())) {
                last.add(Statement.of("ALTER SEQUENCE " + s.name(b.name()) + " OWNED BY "
                        + b.ownedBy().map(ob -> ownedBy(s, ob)).orElse("NONE"), "sequence ownership", c));
            }
        } else if (from instanceof PgFunction a && to instanceof PgFunction b) {
            // CREATE OR REPLACE cannot change the result type or rename parameters
            if (!a.result().equals(b.result()) || !a.kind().equals(b.kind()) || b.kind().equals("aggregate")
                    || !PgPlanner.header(a).equals(PgPlanner.header(b))) {
                out.add(Statement.of(drop(s, a), "drop " + a.name(), c));
            }
            out.add(Statement.of(s.routine(b.definition()), "replace " + b.kind() + " " + b.name(), c));
        } else if (from instanceof Trigger a && to instanceof Trigger b) {
            out.add(Statement.of(dropTrigger(s, a), "drop trigger " + a.name(), c));
            out.add(Statement.of(s.trigger(b.definition(), b.table()), "create trigger " + b.name(), c));
        } else if (from instanceof PgPolicy a && to instanceof PgPolicy b) {
            out.add(Statement.of(dropPolicy(s, a), "drop policy " + a.name(), c));
            out.add(Statement.of(createPolicy(s, b), "create policy " + b.name(), c));
        } else if (from instanceof PgExtension a && to instanceof PgExtension b && a.version().equals(b.version())) {
            return; // its comment is the extension's own
        } else if (from instanceof PgExtension && to instanceof PgExtension b) {
            out.add(Statement.of("ALTER EXTENSION " + PgSql.q(b.name()) + " UPDATE TO " + PgIdent.literal(b.version()),
                    "update extension " + b.name(), c));
        } else if (from instanceof PgRule && to instanceof PgRule b) {
            out.add(Statement.of(rule(s, b, true), "replace rule " + b.name(), c));
        } else if (from instanceof PgCompositeType a && to instanceof PgCompositeType b) {
            composite(s, c, a, b);
        } else {
            throw new UnsupportedChangeException(c, "postgres cannot alter " + from.kind() + " " + from.name()
                    + " in place: drop and re-create it manually");
        }
        comment(s, c, to, Optional.of(from));
    }

    private static Object withoutAttrs(SchemaObject o) {
        if (o instanceof PgEnum e) return new PgEnum(e.name(), e.values(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgDomain d) return new PgDomain(d.name(), d.baseType(), d.notNull(), d.defaultValue(), d.checks(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgCompositeType t) return new PgCompositeType(t.name(), t.fields(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgSequence q) return new PgSequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), q.ownedBy(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgFunction f) return new PgFunction(f.name(), f.kind(), f.result(), f.definition(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof Trigger t) return new Trigger(t.name(), t.table(), t.definition(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgExtension e) return new PgExtension(e.name(), e.version(), io.atlas4j.schema.Attrs.EMPTY);
        if (o instanceof PgPolicy p) return p;
        if (o instanceof PgRule r) return new PgRule(r.name(), r.table(), r.rule(), r.definition(), io.atlas4j.schema.Attrs.EMPTY);
        return o;
    }

    /** Adds and renames enum labels; ADD VALUE runs outside the transaction so later statements can use the label. */
    private void enumValues(PgSql s, Edit c, PgEnum a, PgEnum b) {
        List<String> have = a.values();
        List<String> want = b.values();
        String type = s.name(b.name());
        if (have.size() == want.size()) {
            for (int i = 0; i < have.size(); i++) {
                if (!have.get(i).equals(want.get(i))) {
                    if (want.contains(have.get(i)) || have.contains(want.get(i))) throw reorder(c, b);
                    out.add(Statement.of("ALTER TYPE " + type + " RENAME VALUE " + PgIdent.literal(have.get(i)) + " TO "
                            + PgIdent.literal(want.get(i)), "rename enum value", c));
                }
            }
            return;
        }
        // every current label must keep its relative order in the desired list
        int j = 0;
        for (String w : want) if (j < have.size() && have.get(j).equals(w)) j++;
        if (j != have.size()) throw reorder(c, b);
        List<String> present = new ArrayList<>(have);
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (present.contains(w)) continue;
            String where = i + 1 < want.size() && present.contains(want.get(i + 1))
                    ? " BEFORE " + PgIdent.literal(want.get(i + 1))
                    : i > 0 ? " AFTER " + PgIdent.literal(want.get(i - 1)) : "";
            out.add(new Statement("ALTER TYPE " + type + " ADD VALUE " + PgIdent.literal(w) + where,
                    "add enum value " + w + " (runs outside the transaction)", List.of(), c, false));
            present.add(w);
        }
    }

    private static UnsupportedChangeException reorder(Edit c, PgEnum b) {
        return new UnsupportedChangeException(c, "postgres cannot remove or reorder labels of enum " + b.name()
                + ": create a new type, convert the columns with ALTER COLUMN ... TYPE ... USING, and drop the old type");
    }

    private void domain(PgSql s, Edit c, PgDomain a, PgDomain b) {
        String name = s.name(b.name());
        if (!a.baseType().equals(b.baseType())) {
            throw new UnsupportedChangeException(c, "postgres cannot change the base type of domain " + b.name()
                    + " (" + a.baseType() + " -> " + b.baseType() + "): create a new domain and convert the columns that use it");
        }
        if (!a.defaultValue().equals(b.defaultValue())) {
            out.add(Statement.of("ALTER DOMAIN " + name + (b.defaultValue().isPresent() ? " SET DEFAULT " + b.defaultValue().get() : " DROP DEFAULT"),
                    "domain default", c));
        }
        if (a.notNull() != b.notNull()) {
            out.add(Statement.of("ALTER DOMAIN " + name + (b.notNull() ? " SET NOT NULL" : " DROP NOT NULL"), "domain nullability", c));
        }
        for (String ch : a.checks()) {
            if (!b.checks().contains(ch)) {
                out.add(Statement.of("ALTER DOMAIN " + name + " DROP CONSTRAINT " + PgSql.q(ch.substring(0, ch.indexOf(": "))),
                        "drop domain check", c));
            }
        }
        for (String ch : b.checks()) {
            if (!a.checks().contains(ch)) out.add(Statement.of("ALTER DOMAIN " + name + " ADD " + domainCheck(ch), "add domain check", c));
        }
    }

    private void composite(PgSql s, Edit c, PgCompositeType a, PgCompositeType b) {
        String name = s.name(b.name());
        List<String> actions = new ArrayList<>();
        for (String f : a.fields()) if (!b.fields().contains(f)) actions.add("DROP ATTRIBUTE " + f.substring(0, f.indexOf(' ')));
        for (String f : b.fields()) if (!a.fields().contains(f)) actions.add("ADD ATTRIBUTE " + f);
        out.add(Statement.of("ALTER TYPE " + name + " " + String.join(", ", actions), "alter type " + b.name(), c));
    }

    /** Domain checks are kept as {@code name: CHECK (...)}. */
    private static String domainCheck(String check) {
        int p = check.indexOf(": ");
        return "CONSTRAINT " + PgSql.q(check.substring(0, p)) + " " + check.substring(p + 2);
    }

    private static String ownedBy(PgSql s, String tableColumn) {
        int dot = tableColumn.lastIndexOf('.');
        return s.name(tableColumn.substring(0, dot)) + "." + PgSql.q(tableColumn.substring(dot + 1));
    }

    private static String drop(PgSql s, PgFunction f) {
        return "DROP " + f.kind().toUpperCase(java.util.Locale.ROOT) + " " + s.name(f.simpleName()) + "(" + f.arguments() + ")";
    }

    private static String createPolicy(PgSql s, PgPolicy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(PgSql.q(p.policy())).append(" ON ").append(s.name(p.table()));
        if (!p.permissive()) sb.append(" AS RESTRICTIVE");
        sb.append(" FOR ").append(p.command()).append(" TO ").append(String.join(", ", p.roles()));
        p.using().ifPresent(u -> sb.append(" USING (").append(u).append(')'));
        p.check().ifPresent(w -> sb.append(" WITH CHECK (").append(w).append(')'));
        return sb.toString();
    }

    private static String dropPolicy(PgSql s, PgPolicy p) {
        return "DROP POLICY " + PgSql.q(p.policy()) + " ON " + s.name(p.table());
    }

    /** A rule's definition, with its table qualified when names are, as CREATE OR REPLACE when it replaces one. */
    private static String rule(PgSql s, PgRule r, boolean replace) {
        String def = r.definition();
        if (replace && def.startsWith("CREATE RULE ")) def = "CREATE OR REPLACE RULE " + def.substring("CREATE RULE ".length());
        String on = " TO " + PgSql.q(r.table()) + " ";
        int at = def.indexOf(on);
        return at < 0 ? def : def.substring(0, at) + " TO " + s.name(r.table()) + " " + def.substring(at + on.length());
    }

    private static String dropRule(PgSql s, PgRule r) {
        return "DROP RULE " + PgSql.q(r.rule()) + " ON " + s.name(r.table());
    }

    private static String dropTrigger(PgSql s, Trigger t) {
        return "DROP TRIGGER " + PgSql.q(t.name().substring(t.table().length() + 1)) + " ON " + s.name(t.table());
    }

    private void comment(PgSql s, Edit c, SchemaObject o, Optional<SchemaObject> before) {
        Optional<Comment> now = o.attrs().get(Comment.class);
        Optional<Comment> was = before.flatMap(b -> b.attrs().get(Comment.class));
        if (now.equals(was) || o instanceof PgExtension) return;
        String target;
        if (o instanceof PgEnum || o instanceof PgCompositeType) target = "TYPE " + s.name(o.name());
        else if (o instanceof PgDomain) target = "DOMAIN " + s.name(o.name());
        else if (o instanceof PgSequence) target = "SEQUENCE " + s.name(o.name());
        else if (o instanceof PgFunction f) target = f.kind().toUpperCase(java.util.Locale.ROOT) + " " + s.name(f.simpleName()) + "(" + f.arguments() + ")";
        else if (o instanceof Trigger t) target = "TRIGGER " + PgSql.q(t.name().substring(t.table().length() + 1)) + " ON " + s.name(t.table());
        else if (o instanceof PgRule r) target = "RULE " + PgSql.q(r.rule()) + " ON " + s.name(r.table());
        else return;
        out.add(Statement.of("COMMENT ON " + target + " IS " + now.map(x -> PgIdent.literal(x.text())).orElse("NULL"),
                "comment on " + o.kind() + " " + o.name(), c));
    }
}
