package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.TraversalExpr;
import io.atlas4j.postgres.PgArrayType;
import io.atlas4j.postgres.PgCompositeType;
import io.atlas4j.postgres.PgDomain;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgExtension;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PgPolicy;
import io.atlas4j.postgres.PgRule;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.postgres.PgUserType;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.spi.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's schema objects in HCL: {@code enum}, {@code domain}, {@code composite}, {@code sequence},
 * {@code extension}, {@code function}, {@code procedure}, {@code aggregate}, {@code policy}, {@code rule}, and the
 * column types that name user types ({@code enum.status}, {@code domain.email}, {@code composite.address}).
 */
final class PgObjects {
    static final Set<String> BLOCKS = Set.of("enum", "domain", "composite", "sequence", "extension", "function", "procedure",
            "aggregate", "policy", "rule");
    private static final Pattern DOMAIN_CHECK = Pattern.compile("(?s)(.*?): CHECK \\((.*)\\)( NOT VALID)?");

    private PgObjects() {
    }

    static ColumnType parseType(Expr hcl, String spelling, Dialect dialect, Map<String, String> userTypes) {
        if (hcl instanceof TraversalExpr t && t.names().size() == 2 && Set.of("enum", "domain", "composite").contains(t.root())) {
            return new PgUserType(t.names().get(1), t.root());
        }
        String s = spelling.trim();
        if (s.endsWith("[]")) {
            ColumnType element = parseType(null, s.substring(0, s.length() - 2), dialect, userTypes);
            if (element instanceof PgUserType || element instanceof PgArrayType a && a.element() instanceof PgUserType) {
                return new PgArrayType(element);
            }
        }
        String bare = s.startsWith("\"") && s.endsWith("\"") && s.length() > 1 ? s.substring(1, s.length() - 1) : s;
        String kind = userTypes.get(bare);
        return kind != null ? new PgUserType(s, kind) : dialect.types().parse(spelling);
    }

    static Optional<String> typeRef(ColumnType type) {
        if (type instanceof PgUserType u && u.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Optional.of(u.kind() + "." + u.name());
        }
        return Optional.empty();
    }

    static Attrs comment(Mapper.Ctx o) {
        return o.baseAttrs();
    }

    static SchemaObject object(Mapper.Ctx o, Dialect dialect, Map<String, String> userTypes) {
        String name = o.label();
        switch (o.block.type()) {
            case "enum":
                return new PgEnum(name, o.words("values"), comment(o));
            case "domain": {
                String base = canonicalType(o, dialect, userTypes);
                boolean notNull = !o.optBool("null").orElse(true);
                Optional<String> def = o.string("default");
                List<String> checks = new ArrayList<>();
                for (Mapper.Ctx c : o.children("check")) {
                    checks.add(c.label() + ": CHECK (" + c.string("expr").orElseThrow() + ")" + (c.bool("not_valid") ? " NOT VALID" : ""));
                }
                return new PgDomain(name, base, notNull, def, checks, comment(o));
            }
            case "composite": {
                List<String> fields = new ArrayList<>();
                for (Mapper.Ctx f : o.children("field")) {
                    fields.add(f.label() + " " + canonicalType(f, dialect, userTypes));
                }
                return new PgCompositeType(name, fields, comment(o));
            }
            case "sequence": {
                String type = o.typeOf("type").map(t -> dialect.types().format(dialect.types().parse(t))).orElse("bigint");
                long increment = o.number("increment").orElse(1L);
                long max = o.number("max_value").orElse(increment > 0 ? maxOf(type) : -1L);
                long min = o.number("min_value").orElse(increment > 0 ? 1L : minOf(type));
                long start = o.number("start").orElse(increment > 0 ? min : max);
                Optional<String> owner = o.attr("owner").or(() -> o.attr("owned_by")).map(a -> {
                    List<String> n = ((TraversalExpr) a.value()).names();
                    return n.get(n.size() - 3) + "." + n.get(n.size() - 1);
                });
                return new PgSequence(name, type, start, increment, min, max, o.number("cache").orElse(1L), o.bool("cycle"), owner,
                        comment(o));
            }
            case "extension":
                return new PgExtension(name, o.string("version").orElse(""), comment(o));
            case "policy": {
                String table = Mapper.onTable(o);
                String command = o.word("for").orElse("ALL").toUpperCase(Locale.ROOT);
                List<String> roles = o.words("to");
                boolean permissive = !o.word("as").orElse("PERMISSIVE").equalsIgnoreCase("RESTRICTIVE");
                return new PgPolicy(table + "." + name, table, name, permissive, command, roles.isEmpty() ? List.of("PUBLIC") : roles,
                        o.string("using"), o.string("check"), o.baseAttrs());
            }
            case "rule": {
                String table = Mapper.onTable(o);
                return new PgRule(table + "." + name, table, name, o.string("definition").orElseThrow(), comment(o));
            }
            default: // function, procedure, aggregate
                return routine(o, dialect);
        }
    }

    private static String canonicalType(Mapper.Ctx c, Dialect dialect, Map<String, String> userTypes) {
        Expr hcl = c.block.body().attribute("type").map(a -> a.value()).orElse(null);
        String spelling = c.typeOf("type").orElse("text");
        ColumnType t = parseType(hcl, spelling, dialect, userTypes);
        return t instanceof PgUserType u ? u.name() : dialect.types().format(t);
    }

    /**
     * A routine: written by atlas4j as its whole {@code definition} with {@code args} (the identity argument types)
     * and {@code returns}; written the Atlas way as {@code lang}, {@code arg} blocks, {@code return} and {@code as},
     * from which the definition is built the way {@code pg_get_functiondef} prints it.
     */
    private static SchemaObject routine(Mapper.Ctx o, Dialect dialect) {
        String kind = o.block.type();
        Optional<String> definition = o.string("definition");
        if (definition.isPresent()) {
            return new PgFunction(o.label() + "(" + o.string("args").orElse("") + ")", kind, o.string("returns").orElse(""),
                    definition.get(), comment(o));
        }
        List<String> types = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Mapper.Ctx a : o.children("arg")) {
            String type = dialect.types().format(dialect.types().parse(a.typeOf("type").orElse("text")));
            types.add(type);
            String mode = a.word("mode").map(m -> m.toUpperCase(Locale.ROOT) + " ").orElse("");
            String argName = a.label().isEmpty() ? "" : a.label() + " ";
            String def = a.string("default").map(d -> " DEFAULT " + d).orElse("");
            args.add(mode + argName + type + def);
        }
        String result = o.typeOf("return").map(r -> dialect.types().format(dialect.types().parse(r))).orElse("");
        String lang = o.word("lang").orElse("sql").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("CREATE OR REPLACE ").append(kind.toUpperCase(Locale.ROOT)).append(' ')
                .append(o.label()).append('(').append(String.join(", ", args)).append(")\n");
        if (kind.equals("function")) {
            sb.append(" RETURNS ").append(result).append('\n');
        }
        sb.append(" LANGUAGE ").append(lang).append('\n');
        o.word("volatility").map(v -> v.toUpperCase(Locale.ROOT)).filter(v -> !v.equals("VOLATILE"))
                .ifPresent(v -> sb.append(' ').append(v).append('\n'));
        if (o.bool("strict")) {
            sb.append(" STRICT\n");
        }
        o.word("security").map(v -> v.toUpperCase(Locale.ROOT)).filter(v -> v.equals("DEFINER"))
                .ifPresent(v -> sb.append(" SECURITY DEFINER\n"));
        String body = o.string("as").orElse("");
        String tag = kind.equals("procedure") ? "$procedure$" : "$function$";
        sb.append("AS ").append(tag).append(body).append(tag);
        return new PgFunction(o.label() + "(" + String.join(", ", types) + ")", kind, kind.equals("function") ? result : "",
                sb.toString(), comment(o));
    }

    /** pg_get_triggerdef: {@code CREATE TRIGGER t BEFORE INSERT OR UPDATE ON x FOR EACH ROW EXECUTE FUNCTION f()}. */
    static String triggerDefinition(Mapper.Ctx t, String table) {
        TriggerSpec spec = TriggerSpec.of(t);
        StringBuilder sb = new StringBuilder("CREATE TRIGGER ").append(t.label()).append(' ').append(spec.timing()).append(' ')
                .append(String.join(" OR ", spec.events())).append(" ON ").append(table).append(" FOR EACH ").append(spec.forEach());
        spec.when().ifPresent(w -> sb.append(" WHEN (").append(w).append(')'));
        List<String> args = new ArrayList<>();
        for (String a : spec.args()) {
            args.add("'" + a.replace("'", "''") + "'");
        }
        return sb.append(" EXECUTE FUNCTION ").append(spec.function().orElse("")).append('(').append(String.join(", ", args))
                .append(')').toString();
    }

    static boolean write(Schema s, SchemaObject o, HclOut out) {
        String schema = "schema" + HclOut.step(s.name());
        for (Attr a : o.attrs().stated()) {
            if (!(a instanceof Comment) && !(a instanceof io.atlas4j.schema.DependsOn)) {
                return false;
            }
        }
        Optional<String> comment = o.attrs().get(Comment.class).map(Comment::text);
        HclOut b;
        if (o instanceof PgEnum e) {
            b = out.block("enum", e.name());
            b.attr("schema", schema);
            b.attr("values", HclOut.strings(e.values()));
        } else if (o instanceof PgDomain d) {
            b = out.block("domain", d.name());
            b.attr("schema", schema);
            b.attr("type", "sql(" + HclOut.quote(d.baseType()) + ")");
            if (d.notNull()) {
                b.attr("null", "false");
            }
            d.defaultValue().ifPresent(v -> b.attr("default", HclOut.quote(v)));
            for (String c : d.checks()) {
                Matcher m = DOMAIN_CHECK.matcher(c);
                if (!m.matches()) {
                    return false;
                }
                HclOut x = b.block("check", m.group(1));
                x.attr("expr", HclOut.quote(m.group(2)));
                if (m.group(3) != null) {
                    x.attr("not_valid", "true");
                }
            }
        } else if (o instanceof PgCompositeType c) {
            b = out.block("composite", c.name());
            b.attr("schema", schema);
            for (String f : c.fields()) {
                int sp = f.indexOf(' ');
                b.block("field", f.substring(0, sp)).attr("type", "sql(" + HclOut.quote(f.substring(sp + 1)) + ")");
            }
        } else if (o instanceof PgSequence q) {
            b = out.block("sequence", q.name());
            b.attr("schema", schema);
            b.attr("type", HclOut.word(q.type()).equals(q.type()) ? q.type() : "sql(" + HclOut.quote(q.type()) + ")");
            b.attr("start", Long.toString(q.start()));
            b.attr("increment", Long.toString(q.increment()));
            b.attr("min_value", Long.toString(q.min()));
            b.attr("max_value", Long.toString(q.max()));
            b.attr("cache", Long.toString(q.cache()));
            if (q.cycle()) {
                b.attr("cycle", "true");
            }
            if (q.ownedBy().isPresent()) {
                String[] tc = q.ownedBy().get().split("\\.", 2);
                b.attr("owner", "table" + HclOut.step(tc[0]) + ".column" + HclOut.step(tc[1]));
            }
        } else if (o instanceof PgExtension x) {
            b = out.block("extension", x.name());
            b.attr("schema", schema);
            b.attr("version", HclOut.quote(x.version()));
        } else if (o instanceof PgFunction f) {
            b = out.block(f.kind(), f.simpleName());
            b.attr("schema", schema);
            b.attr("args", HclOut.quote(f.arguments()));
            if (!f.result().isEmpty()) {
                b.attr("returns", HclOut.quote(f.result()));
            }
            b.attr("definition", HclOut.text(f.definition()));
        } else if (o instanceof PgPolicy p) {
            b = out.block("policy", p.policy());
            b.attr("on", "table" + HclOut.step(p.table()));
            b.attr("as", p.permissive() ? "PERMISSIVE" : "RESTRICTIVE");
            b.attr("for", p.command());
            b.attr("to", HclOut.strings(p.roles()));
            p.using().ifPresent(u -> b.attr("using", HclOut.quote(u)));
            p.check().ifPresent(c -> b.attr("check", HclOut.quote(c)));
        } else if (o instanceof PgRule r) {
            b = out.block("rule", r.rule());
            b.attr("on", "table" + HclOut.step(r.table()));
            b.attr("definition", HclOut.text(r.definition()));
        } else {
            return false;
        }
        comment.ifPresent(c -> b.attr("comment", HclOut.quote(c)));
        return true;
    }

    static long maxOf(String type) {
        return type.equals("smallint") ? Short.MAX_VALUE : type.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    static long minOf(String type) {
        return type.equals("smallint") ? Short.MIN_VALUE : type.equals("integer") ? Integer.MIN_VALUE : Long.MIN_VALUE;
    }
}
