package io.atlas4j.hcl.project;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.ListExpr;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.ObjectExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
import io.atlas4j.hcl.internal.Suggest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a project file's expressions: literals, lists, objects, templates with {@code ${...}}, {@code var.x},
 * {@code local.x}, {@code data.external_schema.x.url}, {@code atlas.env} and {@code getenv("NAME")}. A bare name ({@code format = atlas}) is its own
 * text. Errors are collected with their ranges; a failed expression evaluates to empty.
 */
final class Evaluator {
    private static final Set<String> FUNCTIONS = Set.of("getenv");
    /** The value of a declared variable that has none (reported once, where it is declared). */
    static final Object UNSET = new Object();

    private final Map<String, Object> variables;
    private final Map<String, Attribute> locals;
    /** The URL of each {@code data "external_schema"} block, by name. */
    private final Map<String, String> externalSchemas;
    private final Map<String, Object> localValues = new LinkedHashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final Map<String, String> environment;
    private final Optional<String> atlasEnv;
    final List<Diagnostic> errors = new ArrayList<>();

    Evaluator(Map<String, Object> variables, Map<String, Attribute> locals, Map<String, String> environment,
              Optional<String> atlasEnv) {
        this(variables, locals, Map.of(), environment, atlasEnv);
    }

    Evaluator(Map<String, Object> variables, Map<String, Attribute> locals, Map<String, String> externalSchemas,
              Map<String, String> environment, Optional<String> atlasEnv) {
        this.variables = variables;
        this.locals = locals;
        this.externalSchemas = externalSchemas;
        this.environment = environment;
        this.atlasEnv = atlasEnv;
    }

    /** {@return the value, or empty after recording an error} */
    Optional<Object> eval(Expr e) {
        if (e instanceof LiteralExpr l) {
            return Optional.ofNullable(l.value());
        }
        if (e instanceof TemplateExpr t) {
            StringBuilder sb = new StringBuilder();
            for (Object part : t.parts()) {
                if (part instanceof String s) {
                    sb.append(s);
                    continue;
                }
                Optional<Object> v = eval((Expr) part);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                if (v.get() instanceof List || v.get() instanceof Map) {
                    error(((Expr) part).range(), "cannot interpolate a list or an object into a string");
                    return Optional.empty();
                }
                sb.append(text(v.get()));
            }
            return Optional.of(sb.toString());
        }
        if (e instanceof ListExpr l) {
            List<Object> out = new ArrayList<>();
            for (Expr item : l.items()) {
                Optional<Object> v = eval(item);
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                out.add(v.get());
            }
            return Optional.of(out);
        }
        if (e instanceof ObjectExpr o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectExpr.Item item : o.items()) {
                String key = item.key() instanceof TraversalExpr t && t.names().size() == 1 ? t.root()
                        : eval(item.key()).map(Evaluator::text).orElse(null);
                Optional<Object> v = eval(item.value());
                if (key == null || v.isEmpty()) {
                    return Optional.empty();
                }
                out.put(key, v.get());
            }
            return Optional.of(out);
        }
        if (e instanceof TraversalExpr t) {
            return reference(t);
        }
        CallExpr c = (CallExpr) e;
        if (!c.name().equals("getenv")) {
            error(c.nameRange(), "unknown function \"" + c.name() + "\"" + Suggest.didYouMean(c.name(), FUNCTIONS));
            return Optional.empty();
        }
        if (c.args().size() != 1) {
            error(c.range(), "getenv takes exactly one argument, the variable's name");
            return Optional.empty();
        }
        Optional<Object> name = eval(c.args().get(0));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!(name.get() instanceof String n)) {
            error(c.args().get(0).range(), "getenv takes the variable's name as a string");
            return Optional.empty();
        }
        // As Atlas: an unset variable reads as the empty string.
        return Optional.of(environment.getOrDefault(n, ""));
    }

    private Optional<Object> reference(TraversalExpr t) {
        List<String> n = t.names();
        if (n.size() == 1) {
            return Optional.of(t.root());
        }
        switch (n.get(0)) {
            case "var":
                if (n.size() == 2 && variables.containsKey(n.get(1))) {
                    Object v = variables.get(n.get(1));
                    return v == UNSET ? Optional.empty() : Optional.ofNullable(v);
                }
                error(t.range(), "unknown variable " + t.dotted()
                        + Suggest.didYouMean(n.get(1), variables.keySet()).replace("mean ", "mean var."));
                return Optional.empty();
            case "local":
                if (n.size() == 2 && locals.containsKey(n.get(1))) {
                    return local(n.get(1), t.range());
                }
                error(t.range(), "unknown local " + t.dotted()
                        + Suggest.didYouMean(n.get(1), locals.keySet()).replace("mean ", "mean local."));
                return Optional.empty();
            case "atlas":
                if (n.size() == 2 && n.get(1).equals("env")) {
                    if (atlasEnv.isPresent()) {
                        return Optional.of(atlasEnv.get());
                    }
                    error(t.range(), "atlas.env has no value here: it is the name given with --env");
                    return Optional.empty();
                }
                error(t.range(), "unknown reference " + t.dotted() + " (Did you mean atlas.env?)");
                return Optional.empty();
            case "data":
                if (n.size() == 4 && n.get(1).equals("external_schema") && n.get(3).equals("url") && externalSchemas.containsKey(n.get(2))) {
                    return Optional.of(externalSchemas.get(n.get(2)));
                }
                if (n.size() >= 3 && n.get(1).equals("external_schema") && externalSchemas.containsKey(n.get(2))) {
                    error(t.range(), "unknown attribute " + t.dotted() + ": an external_schema has url (data.external_schema." + n.get(2) + ".url)");
                    return Optional.empty();
                }
                error(t.range(), "unknown data source " + t.dotted() + (externalSchemas.isEmpty() ? ": the file defines none"
                        : Suggest.didYouMean(n.size() > 2 ? n.get(2) : "", externalSchemas.keySet())
                        .replace("mean ", "mean data.external_schema.").replace("?)", ".url?)")));
                return Optional.empty();
            default:
                error(t.range(), "unknown reference " + t.dotted() + " (use var.<name>, local.<name>, data.external_schema.<name>.url,"
                        + " atlas.env or getenv(\"NAME\"))");
                return Optional.empty();
        }
    }

    private Optional<Object> local(String name, Range at) {
        if (localValues.containsKey(name)) {
            return Optional.ofNullable(localValues.get(name));
        }
        if (!evaluating.add(name)) {
            error(at, "local." + name + " refers to itself");
            return Optional.empty();
        }
        Optional<Object> v = eval(locals.get(name).value());
        evaluating.remove(name);
        v.ifPresent(value -> localValues.put(name, value));
        return v;
    }

    /** {@return a scalar as text: numbers without a trailing {@code .0}, booleans as true/false} */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    void error(Range r, String message) {
        errors.add(new Diagnostic(r, message));
    }
}
