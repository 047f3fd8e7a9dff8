package io.atlas4j.hcl.project;

import io.atlas4j.ExternalProgram;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.Attribute;
import io.atlas4j.hcl.Block;
import io.atlas4j.hcl.Body;
import io.atlas4j.hcl.CallExpr;
import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.Hcl;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclException;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.TraversalExpr;
import io.atlas4j.hcl.internal.Checker;
import io.atlas4j.hcl.internal.ProjectSpec;
import io.atlas4j.hcl.internal.Suggest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An Atlas project file ({@code atlas.hcl}): {@code env} blocks naming a database, a dev database, the desired schema
 * and the migration, diff and lint settings of one environment, with input {@code variable}s ({@code --var name=value}),
 * {@code locals}, {@code getenv("NAME")} and {@code data "external_schema"} programs whose output is a desired schema
 * ({@code src = data.external_schema.orm.url}).
 *
 * <pre>{@code
 * AtlasProject project = AtlasProject.load(Path.of("atlas.hcl"), Map.of("password", secret));
 * Env local = project.env("local");
 * local.url().ifPresent(url -> ...);
 * }</pre>
 *
 * Every error of the file is reported at once, as {@code atlas.hcl:3,5-7: unknown attribute "ur" in block of type env
 * (Did you mean url?)}.
 */
public final class AtlasProject {
    private static final String FILE = "file://";

    private final Path file;
    private final HclFile hcl;
    private final Map<String, Object> variables;
    private final Map<String, Attribute> locals;
    private final Map<String, String> externalSchemas;
    private final Map<String, String> environment;

    private AtlasProject(Path file, HclFile hcl, Map<String, Object> variables, Map<String, Attribute> locals,
                         Map<String, String> externalSchemas, Map<String, String> environment) {
        this.file = file;
        this.hcl = hcl;
        this.variables = variables;
        this.locals = locals;
        this.externalSchemas = externalSchemas;
        this.environment = environment;
    }

    /**
     * {@return the project file, with {@code getenv} reading the process environment}
     *
     * @param variables values for the file's {@code variable} blocks ({@code --var name=value}); names it does not
     *                  declare are ignored (they may be meant for HCL schema files)
     * @throws HclException listing every syntax, structure and value error with its position
     * @throws InvalidInputException when the file does not exist
     */
    public static AtlasProject load(Path file, Map<String, String> variables) {
        return load(file, variables, System.getenv());
    }

    /** {@return the project file, with {@code getenv} reading {@code environment} instead of the process environment} */
    public static AtlasProject load(Path file, Map<String, String> variables, Map<String, String> environment) {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(environment, "environment");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("project file \"" + file + "\" does not exist: create it, or name another with"
                    + " --config file://path/to/atlas.hcl");
        }
        HclFile hcl = Hcl.parse(file);
        List<Diagnostic> errors = new ArrayList<>(Checker.check(List.of(hcl), HclDialect.SQLITE, ProjectSpec.root()));
        for (Block env : hcl.body().blocks("env")) {
            if (env.labels().isEmpty() && env.body().attribute("name").isEmpty()) {
                errors.add(new Diagnostic(env.defRange(), "env block without a name label must set name (e.g. name = atlas.env)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new HclException(sorted(errors));
        }
        Map<String, Attribute> locals = new LinkedHashMap<>();
        for (Block b : hcl.body().blocks("locals")) {
            for (Attribute a : b.body().attributes()) {
                Attribute prior = locals.putIfAbsent(a.name(), a);
                if (prior != null) {
                    errors.add(new Diagnostic(a.nameRange(), "local \"" + a.name() + "\" is defined twice (first at line "
                            + prior.range().line() + ")"));
                }
            }
        }
        Map<String, Object> values = variables(hcl, variables, errors);
        Map<String, String> externalSchemas = externalSchemas(hcl, values, locals, environment, errors);
        AtlasProject project = new AtlasProject(file.toAbsolutePath(), hcl, values, locals, externalSchemas, Map.copyOf(environment));
        // Named envs are evaluated now, so every value error of the file is reported at once.
        for (Block env : hcl.body().blocks("env")) {
            if (!env.labels().isEmpty()) {
                project.evaluate(env, env.labels().get(0), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new HclException(sorted(errors));
        }
        return project;
    }

    /** {@return the project file, absolute} */
    public Path file() {
        return file;
    }

    /** {@return the names of the env blocks with a label, in file order} */
    public List<String> envNames() {
        Set<String> out = new LinkedHashSet<>();
        for (Block env : hcl.body().blocks("env")) {
            if (!env.labels().isEmpty()) {
                out.add(env.labels().get(0));
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the env called {@code name}: the block labelled so, else an unnamed block whose {@code name} is
     * {@code atlas.env} (any name) or evaluates to {@code name}}
     *
     * @throws InvalidInputException when no env has the name, listing those that exist
     * @throws HclException when a value of the env cannot be evaluated
     */
    public Env env(String name) {
        Objects.requireNonNull(name, "name");
        for (Block env : hcl.body().blocks("env")) {
            if (!env.labels().isEmpty() && env.labels().get(0).equals(name)) {
                return evaluateOrThrow(env, name);
            }
        }
        for (Block env : hcl.body().blocks("env")) {
            if (env.labels().isEmpty()) {
                List<Diagnostic> errors = new ArrayList<>();
                Evaluator ev = new Evaluator(variables, locals, externalSchemas, environment, Optional.of(name));
                Optional<Object> n = ev.eval(env.body().attribute("name").orElseThrow().value());
                if (!ev.errors.isEmpty()) {
                    throw new HclException(ev.errors);
                }
                if (n.isPresent() && name.equals(Evaluator.text(n.get()))) {
                    return evaluateOrThrow(env, name);
                }
                errors.clear();
            }
        }
        List<String> known = envNames();
        throw new InvalidInputException("env \"" + name + "\" is not defined in " + file.getFileName()
                + Suggest.didYouMean(name, known) + ": "
                + (known.isEmpty() ? "the file defines no env" : "the envs are " + String.join(", ", known)));
    }

    private Env evaluateOrThrow(Block env, String name) {
        List<Diagnostic> errors = new ArrayList<>();
        Env out = evaluate(env, name, errors);
        if (!errors.isEmpty()) {
            throw new HclException(sorted(errors));
        }
        return out;
    }

    private Env evaluate(Block env, String name, List<Diagnostic> errors) {
        Evaluator ev = new Evaluator(variables, locals, externalSchemas, environment, Optional.of(name));
        Values v = new Values(ev, file.getParent());
        Body b = env.body();
        List<String> src = new ArrayList<>(v.paths(b.attribute("src")));
        for (Block schema : b.blocks("schema")) {
            src.addAll(v.paths(schema.body().attribute("src")));
        }
        Env.Migration migration = Env.Migration.NONE;
        for (Block m : b.blocks("migration")) {
            Body mb = m.body();
            migration = new Env.Migration(v.string(mb.attribute("dir")).map(v::path), v.string(mb.attribute("format")),
                    v.string(mb.attribute("baseline")), v.string(mb.attribute("revisions_schema")),
                    v.string(mb.attribute("lock_timeout")));
        }
        Env.DiffPolicy diff = Env.DiffPolicy.NONE;
        for (Block d : b.blocks("diff")) {
            Set<String> skip = new LinkedHashSet<>();
            for (Block s : d.body().blocks("skip")) {
                for (Attribute a : s.body().attributes()) {
                    if (v.bool(Optional.of(a)).orElse(false)) {
                        skip.add(a.name());
                    }
                }
            }
            boolean create = false;
            boolean drop = false;
            for (Block c : d.body().blocks("concurrent_index")) {
                create = v.bool(c.body().attribute("create")).orElse(false) || v.bool(c.body().attribute("add")).orElse(false);
                drop = v.bool(c.body().attribute("drop")).orElse(false);
            }
            diff = new Env.DiffPolicy(skip, create, drop);
        }
        Map<String, Boolean> lint = new LinkedHashMap<>();
        for (Block l : b.blocks("lint")) {
            for (Block analyzer : l.body().blocks()) {
                v.bool(analyzer.body().attribute("error")).ifPresent(e -> lint.put(analyzer.type(), e));
            }
        }
        Env out = new Env(name, v.string(b.attribute("url")), v.string(b.attribute("dev")), src,
                v.strings(b.attribute("schemas")), v.strings(b.attribute("exclude")), migration, diff, new Env.LintPolicy(lint));
        errors.addAll(ev.errors);
        return out;
    }

    /**
     * {@return the {@code ext://} URL of each {@code data "external_schema" "name" { program = [...] }} block, by name}
     * As in Atlas, {@code data.external_schema.name.url} then names the program's output as a desired schema.
     */
    private static Map<String, String> externalSchemas(HclFile hcl, Map<String, Object> variables, Map<String, Attribute> locals,
                                                       Map<String, String> environment, List<Diagnostic> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        Evaluator ev = new Evaluator(variables, locals, environment, Optional.empty());
        for (Block b : hcl.body().blocks("data")) {
            String kind = b.labels().get(0);
            String name = b.labels().get(1);
            if (!kind.equals("external_schema")) {
                errors.add(new Diagnostic(b.defRange(), "data source \"" + kind + "\" is not supported: atlas4j reads data \"external_schema\""
                        + " (a program printing the desired DDL)"));
                continue;
            }
            if (out.containsKey(name)) {
                errors.add(new Diagnostic(b.defRange(), "data \"external_schema\" \"" + name + "\" is defined twice"));
                continue;
            }
            Attribute program = b.body().attribute("program").orElseThrow();
            Optional<Object> v = ev.eval(program.value());
            if (v.isEmpty()) continue;
            List<String> argv = new ArrayList<>();
            if (v.get() instanceof List<?> items && !items.isEmpty()
                    && items.stream().allMatch(i -> i != null && !(i instanceof List) && !(i instanceof Map))) {
                items.forEach(i -> argv.add(Evaluator.text(i)));
            } else {
                errors.add(new Diagnostic(program.value().range(), "program must be a non-empty list of strings, the command and its"
                        + " arguments (program = [\"java\", \"-jar\", \"loader.jar\"])"));
                continue;
            }
            try {
                out.put(name, new ExternalProgram(argv).url());
            } catch (InvalidInputException e) {
                errors.add(new Diagnostic(program.value().range(), e.getMessage()));
            }
        }
        errors.addAll(ev.errors);
        return Map.copyOf(out);
    }

    /** {@return each declared variable's value: from {@code given} converted to its type, else its default} */
    private static Map<String, Object> variables(HclFile hcl, Map<String, String> given, List<Diagnostic> errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        Evaluator plain = new Evaluator(Map.of(), Map.of(), Map.of(), Optional.empty());
        for (Block b : hcl.body().blocks("variable")) {
            String name = b.labels().get(0);
            String type = b.body().attribute("type").map(a -> typeName(a.value())).orElse("any");
            String value = given.get(name);
            if (value != null) {
                switch (type) {
                    case "number":
                        try {
                            out.put(name, new BigDecimal(value.strip()));
                        } catch (NumberFormatException e) {
                            out.put(name, Evaluator.UNSET);
                            errors.add(new Diagnostic(b.defRange(), "variable \"" + name + "\" is a number, not \"" + value
                                    + "\" (--var " + name + "=...)"));
                        }
                        break;
                    case "bool":
                        if (value.equals("true") || value.equals("false")) {
                            out.put(name, Boolean.valueOf(value));
                        } else {
                            out.put(name, Evaluator.UNSET);
                            errors.add(new Diagnostic(b.defRange(), "variable \"" + name + "\" is true or false, not \""
                                    + value + "\" (--var " + name + "=...)"));
                        }
                        break;
                    case "list":
                        out.put(name, List.of(value));
                        break;
                    default:
                        out.put(name, value);
                }
            } else if (b.body().attribute("default").isPresent()) {
                plain.eval(b.body().attribute("default").get().value()).ifPresent(v -> out.put(name, v));
            } else {
                out.put(name, Evaluator.UNSET);
                errors.add(new Diagnostic(b.defRange(), "variable \"" + name + "\" has no value: pass --var " + name
                        + "=value, or give it a default"));
            }
        }
        errors.addAll(plain.errors);
        return out;
    }

    private static String typeName(Expr type) {
        if (type instanceof TraversalExpr t && t.names().size() == 1) {
            return t.root();
        }
        if (type instanceof CallExpr c && (c.name().equals("list") || c.name().equals("set"))) {
            return "list";
        }
        return "any";
    }

    private static List<Diagnostic> sorted(List<Diagnostic> errors) {
        List<Diagnostic> out = new ArrayList<>(new LinkedHashSet<>(errors));
        out.sort(Comparator.comparing((Diagnostic d) -> d.range().file())
                .thenComparingInt(d -> d.range().line())
                .thenComparingInt(d -> d.range().column()));
        return out;
    }

    /** Typed reads of attribute values, recording kind errors at the value. */
    private record Values(Evaluator ev, Path dir) {
        Optional<String> string(Optional<Attribute> a) {
            if (a.isEmpty()) {
                return Optional.empty();
            }
            Optional<Object> v = ev.eval(a.get().value());
            if (v.isEmpty() || v.get() == null) {
                return Optional.empty();
            }
            if (v.get() instanceof List || v.get() instanceof Map) {
                ev.error(a.get().value().range(), "attribute \"" + a.get().name() + "\" must be a string");
                return Optional.empty();
            }
            return Optional.of(Evaluator.text(v.get()));
        }

        List<String> strings(Optional<Attribute> a) {
            if (a.isEmpty()) {
                return List.of();
            }
            Optional<Object> v = ev.eval(a.get().value());
            if (v.isEmpty() || v.get() == null) {
                return List.of();
            }
            List<?> items = v.get() instanceof List<?> l ? l : List.of(v.get());
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof List || item instanceof Map) {
                    ev.error(a.get().value().range(), "attribute \"" + a.get().name() + "\" must be a string or a list of strings");
                    return List.of();
                }
                out.add(Evaluator.text(item));
            }
            return out;
        }

        List<String> paths(Optional<Attribute> a) {
            return strings(a).stream().map(this::path).toList();
        }

        Optional<Boolean> bool(Optional<Attribute> a) {
            if (a.isEmpty()) {
                return Optional.empty();
            }
            Optional<Object> v = ev.eval(a.get().value());
            if (v.isEmpty()) {
                return Optional.empty();
            }
            if (v.get() instanceof Boolean b) {
                return Optional.of(b);
            }
            if (v.get() instanceof String s && (s.equals("true") || s.equals("false"))) {
                return Optional.of(Boolean.valueOf(s));
            }
            ev.error(a.get().value().range(), "attribute \"" + a.get().name() + "\" must be true or false");
            return Optional.empty();
        }

        /** {@return a relative {@code file://} path (or a bare path) resolved against the project file's folder, as a file:// URL} */
        String path(String raw) {
            String rest;
            if (raw.startsWith(FILE)) {
                rest = raw.substring(FILE.length());
            } else if (!raw.contains("://")) {
                rest = raw;
            } else {
                return raw;
            }
            int q = rest.indexOf('?');
            String p = q < 0 ? rest : rest.substring(0, q);
            String query = q < 0 ? "" : rest.substring(q);
            if (p.isEmpty()) {
                return raw;
            }
            Path resolved = Path.of(p);
            if (!resolved.isAbsolute()) {
                resolved = dir.resolve(p).normalize();
            }
            return FILE + resolved + query;
        }
    }
}
