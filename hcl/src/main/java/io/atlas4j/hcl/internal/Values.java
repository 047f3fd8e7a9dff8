package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.ListExpr;
import io.atlas4j.hcl.LiteralExpr;
import io.atlas4j.hcl.ObjectExpr;
import io.atlas4j.hcl.Range;
import io.atlas4j.hcl.TemplateExpr;
import io.atlas4j.hcl.TraversalExpr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the value expressions of schema files: literals, strings with {@code ${...}} interpolation, lists,
 * {@code var.x} (input variables: a value given by the caller, converted to the declared type, else the default),
 * {@code local.x} ({@code locals} blocks) and the functions Atlas schema files use ({@link #FUNCTIONS}). Values
 * are {@link String}, {@link BigDecimal}, {@link Boolean}, {@link List} or null. Errors are collected, each with
 * its position; an expression that fails evaluates to null.
 */
public final class Values {
    /** The functions a value may call besides {@code sql("...")}. */
    public static final Set<String> FUNCTIONS = Set.of("format", "upper", "lower", "concat", "join", "replace", "trimspace",
            "title", "split", "tostring", "tonumber", "tobool");

    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, Expr> localExprs = new LinkedHashMap<>();
    private final Map<String, Object> locals = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private final List<Diagnostic> errors;

    /**
     * Reads the {@code variable} and {@code locals} blocks of the files. A variable takes its value from
     * {@code given} (converted to its declared type), else its default; one with neither is an error naming it.
     */
    public Values(List<HclFile> files, Map<String, String> given, List<Diagnostic> errors) {
        this.errors = errors;
        Set<String> declared = new HashSet<>();
        for (HclFile f : files) {
            for (Block b : f.body().blocks()) {
                if (b.type().equals("variable") && b.labels().size() == 1) {
                    String name = b.labels().get(0);
                    declared.add(name);
                    String type = b.body().attribute("type").map(a -> a.value() instanceof TraversalExpr t ? t.dotted()
                            : String.valueOf(eval(a.value()))).orElse("string");
                    if (given.containsKey(name)) {
                        variables.put(name, convert(given.get(name), type, name, b.defRange()));
                    } else if (b.body().attribute("default").isPresent()) {
                        variables.put(name, eval(b.body().attribute("default").get().value()));
                    } else {
                        errors.add(new Diagnostic(b.defRange(), "variable \"" + name + "\" has no value: give one with --var "
                                + name + "=value (HclSchemas.load(..., Map.of(\"" + name + "\", value))) or a default"));
                    }
                } else if (b.type().equals("locals")) {
                    for (Attribute a : b.body().attributes()) {
                        localExprs.put(a.name(), a.value());
                    }
                }
            }
        }
        for (String name : given.keySet()) {
            if (!declared.contains(name)) {
                Range r = files.isEmpty() ? null : new Range(files.get(0).name(), 1, 1, 1, 1);
                if (r != null) {
                    errors.add(new Diagnostic(r, "a value is given for variable \"" + name
                            + "\", which no variable block declares (declared: " + new java.util.TreeSet<>(declared) + ")"));
                }
            }
        }
    }

    private Object convert(String value, String type, String name, Range at) {
        switch (type) {
            case "number":
                try {
                    return new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    errors.add(new Diagnostic(at, "variable \"" + name + "\" is a number, not \"" + value + "\""));
                    return null;
                }
            case "bool":
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
                }
                errors.add(new Diagnostic(at, "variable \"" + name + "\" is a bool (true or false), not \"" + value + "\""));
                return null;
            default:
                return value;
        }
    }

    /** {@return the value of an expression} References other than {@code var.x} and {@code local.x} are errors. */
    public Object eval(Expr e) {
        if (e instanceof LiteralExpr l) {
            return l.value();
        }
        if (e instanceof TemplateExpr t) {
            if (t.literal().isPresent()) {
                return t.literal().get();
            }
            StringBuilder sb = new StringBuilder();
            for (Object p : t.parts()) {
                sb.append(p instanceof String s ? s : text(eval((Expr) p)));
            }
            return sb.toString();
        }
        if (e instanceof ListExpr l) {
            List<Object> out = new ArrayList<>();
            for (Expr item : l.items()) {
                out.add(eval(item));
            }
            return out;
        }
        if (e instanceof TraversalExpr t) {
            return reference(t);
        }
        if (e instanceof CallExpr c) {
            return call(c);
        }
        if (e instanceof ObjectExpr o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ObjectExpr.Item item : o.items()) {
                String key = item.key() instanceof TraversalExpr k && k.names().size() == 1 ? k.root() : text(eval(item.key()));
                out.put(key, eval(item.value()));
            }
            return out;
        }
        errors.add(new Diagnostic(e.range(), "not a value"));
        return null;
    }

    /** {@return whether the expression is a reference this evaluator resolves ({@code var.x}, {@code local.x})} */
    public static boolean isValueRef(Expr e) {
        return e instanceof TraversalExpr t && t.names().size() == 2 && (t.root().equals("var") || t.root().equals("local"));
    }

    private Object reference(TraversalExpr t) {
        if (t.names().size() == 2 && t.root().equals("var")) {
            return variables.get(t.names().get(1));
        }
        if (t.names().size() == 2 && t.root().equals("local")) {
            String name = t.names().get(1);
            if (locals.containsKey(name)) {
                return locals.get(name);
            }
            Expr def = localExprs.get(name);
            if (def == null) {
                errors.add(new Diagnostic(t.range(), "unknown local value " + t.dotted()
                        + Suggest.didYouMean(name, localExprs.keySet()).replace("mean ", "mean local.")));
                return null;
            }
            if (!evaluating.add(name)) {
                errors.add(new Diagnostic(t.range(), "local value " + t.dotted() + " refers to itself"));
                return null;
            }
            Object v = eval(def);
            evaluating.remove(name);
            locals.put(name, v);
            return v;
        }
        errors.add(new Diagnostic(t.range(), "unexpected reference " + t.dotted() + " (a value, var.<name> or local.<name> is expected)"));
        return null;
    }

    private Object call(CallExpr c) {
        List<Object> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(eval(a));
        }
        switch (c.name()) {
            case "sql":
            case "tostring":
                return one(c, args);
            case "upper":
                return text(one(c, args)).toUpperCase(Locale.ROOT);
            case "lower":
                return text(one(c, args)).toLowerCase(Locale.ROOT);
            case "trimspace":
                return text(one(c, args)).strip();
            case "title": {
                String s = text(one(c, args));
                StringBuilder sb = new StringBuilder();
                boolean start = true;
                for (char ch : s.toCharArray()) {
                    sb.append(start ? Character.toUpperCase(ch) : ch);
                    start = Character.isWhitespace(ch);
                }
                return sb.toString();
            }
            case "tonumber":
                try {
                    return new BigDecimal(text(one(c, args)).trim());
                } catch (NumberFormatException e) {
                    errors.add(new Diagnostic(c.range(), "tonumber: not a number"));
                    return null;
                }
            case "tobool":
                return Boolean.valueOf(text(one(c, args)));
            case "replace":
                if (args.size() != 3) {
                    errors.add(new Diagnostic(c.range(), "replace(string, substring, replacement) takes 3 arguments"));
                    return null;
                }
                return text(args.get(0)).replace(text(args.get(1)), text(args.get(2)));
            case "split":
                if (args.size() != 2) {
                    errors.add(new Diagnostic(c.range(), "split(separator, string) takes 2 arguments"));
                    return null;
                }
                return List.of((Object[]) text(args.get(1)).split(java.util.regex.Pattern.quote(text(args.get(0))), -1));
            case "join": {
                if (args.size() < 2) {
                    errors.add(new Diagnostic(c.range(), "join(separator, list...) takes a separator and at least one list"));
                    return null;
                }
                List<String> parts = new ArrayList<>();
                for (Object l : args.subList(1, args.size())) {
                    if (l instanceof List<?> items) {
                        for (Object i : items) {
                            parts.add(text(i));
                        }
                    } else {
                        parts.add(text(l));
                    }
                }
                return String.join(text(args.get(0)), parts);
            }
            case "concat": {
                if (args.stream().allMatch(a -> a instanceof List)) {
                    List<Object> out = new ArrayList<>();
                    for (Object l : args) {
                        out.addAll((List<?>) l);
                    }
                    return out;
                }
                StringBuilder sb = new StringBuilder();
                for (Object a : args) {
                    sb.append(text(a));
                }
                return sb.toString();
            }
            case "format":
                if (args.isEmpty()) {
                    errors.add(new Diagnostic(c.range(), "format(spec, values...) needs a format string"));
                    return null;
                }
                return format(c, text(args.get(0)), args.subList(1, args.size()));
            default:
                errors.add(new Diagnostic(c.nameRange(), "unknown function \"" + c.name() + "\""
                        + Suggest.didYouMean(c.name(), FUNCTIONS)));
                return null;
        }
    }

    private Object one(CallExpr c, List<Object> args) {
        if (args.size() != 1) {
            errors.add(new Diagnostic(c.range(), c.name() + "() takes exactly one argument"));
            return "";
        }
        return args.get(0);
    }

    /** HCL's {@code format}: {@code %s}, {@code %d}, {@code %q} (quoted), {@code %v} and {@code %%}. */
    private Object format(CallExpr c, String spec, List<Object> args) {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        for (int i = 0; i < spec.length(); i++) {
            char ch = spec.charAt(i);
            if (ch != '%' || i + 1 == spec.length()) {
                sb.append(ch);
                continue;
            }
            char verb = spec.charAt(++i);
            if (verb == '%') {
                sb.append('%');
                continue;
            }
            if (next >= args.size()) {
                errors.add(new Diagnostic(c.range(), "format: not enough arguments for \"" + spec + "\""));
                return null;
            }
            Object v = args.get(next++);
            switch (verb) {
                case 'q' -> sb.append('"').append(text(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                case 'd' -> sb.append(v instanceof BigDecimal n ? n.toBigInteger().toString() : text(v));
                default -> sb.append(text(v));
            }
        }
        return sb.toString();
    }

    /** {@return a value as text: numbers in plain notation, null as empty} */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal n) {
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        }
        return v.toString();
    }
}
