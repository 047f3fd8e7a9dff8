package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.internal.PgIdent;
import io.atlas4j.schema.Attrs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * PostgreSQL functions as the inspector reads them: {@code pg_get_functiondef} is regular for the common forms
 * (a dollar-quoted body kept as written, plain argument and result types, the usual options), which are
 * rebuilt here. Argument defaults, SQL-standard bodies and the rarer options are refused.
 */
final class PgRoutines {
    /** Parameters the catalog keeps under a mixed-case name, which pg_get_functiondef quotes. */
    private static final java.util.Map<String, String> CANONICAL_SETTINGS = java.util.Map.of("timezone", "TimeZone", "datestyle", "DateStyle",
            "intervalstyle", "IntervalStyle");

    /** Pseudo-types a function may return, as format_type names them. */
    private static final java.util.Set<String> PSEUDO_RESULTS = java.util.Set.of("trigger", "event_trigger", "void", "record");

    private PgRoutines() {
    }

    /**
     * {@return an argument default as pg_get_function_arguments prints it}: a literal of the argument's own type
     * (a whole number, a decimal, a string, true or false); the rest is refused, PostgreSQL re-prints it.
     */
    private static String argumentDefault(Cursor a, String type) {
        boolean negative = a.accept("-");
        Token v = a.next();
        if (!a.done()) throw new Unsupported("an argument default other than a literal (PostgreSQL re-prints it)");
        String base = PgExprPrinter.base(type);
        if (v.kind() == Token.Kind.NUMBER) {
            // the constant keeps its own type (integer, bigint or numeric) and prints as a column default does:
            // the coercion to the argument's type is not printed
            if (!java.util.Set.of("smallint", "integer", "bigint", "numeric").contains(base)) {
                throw new Unsupported("the default " + v.text() + " of an argument of type " + type);
            }
            return PgExprPrinter.printAs((negative ? "-" : "") + v.text(), false, n -> null, k -> null, x -> x, null);
        }
        if (negative) throw new Unsupported("an argument default other than a literal (PostgreSQL re-prints it)");
        if (v.is("TRUE") || v.is("FALSE")) {
            if (!type.equals("boolean")) throw new Unsupported("a boolean default of an argument of type " + type);
            return v.text().toLowerCase(Locale.ROOT);
        }
        if (v.kind() == Token.Kind.STRING && v.text().startsWith("'") && (type.equals("text") || type.equals("character varying"))) {
            return v.text() + "::" + type;
        }
        throw new Unsupported("the default " + v.text() + " of an argument of type " + type + " (PostgreSQL re-prints it)");
    }

    /** @param typeName a written type as {@code format_type} names it */
    static PgFunction function(Cursor c, String schema, Function<String, String> typeName) {
        boolean procedure = c.accept("PROCEDURE");
        if (!procedure) c.expect("FUNCTION");
        List<String> parts = c.qualified();
        String name = parts.get(parts.size() - 1);
        if (c.t.get(c.i - 1).kind() != Token.Kind.QUOTED) name = name.toLowerCase(Locale.ROOT);
        if (parts.size() == 2 && !parts.get(0).equalsIgnoreCase(schema)) throw new Unsupported("a function in another schema");
        List<String> args = new ArrayList<>();
        List<String> identity = new ArrayList<>();
        for (int[] g : c.list()) {
            Cursor a = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            String mode = "";
            if (a.accept("IN")) mode = "";
            else if (a.accept("OUT")) mode = "OUT ";
            else if (a.accept("INOUT")) mode = "INOUT ";
            else if (a.accept("VARIADIC")) throw new Unsupported("VARIADIC arguments");
            String argName = null;
            // a name, unless the first word is the type itself (followed by nothing or by a type modifier)
            if (a.t.size() - a.i >= 2 && a.peek().isName() && !a.peek(1).is("(") && !a.peek(1).is("[") && !a.peek(1).is(".")
                    && !isTypeContinuation(a.peek(), a.peek(1))) {
                Token n = a.next();
                argName = PgIdent.quote(n.folded());
            }
            int from = a.i;
            while (!a.done() && !a.at("DEFAULT") && !a.at("=")) a.i++;
            String type = typeName.apply(a.text(from, a.i));
            String dflt = "";
            if (!a.done()) {
                a.next();
                dflt = " DEFAULT " + argumentDefault(a, type);
            }
            // a procedure's arguments name every mode, IN included
            if (procedure && mode.isEmpty()) mode = "IN ";
            args.add(mode + (argName == null ? "" : argName + " ") + type + dflt);
            // a procedure's OUT arguments are part of its identity (PostgreSQL 14 and later), a function's are not
            if (!mode.equals("OUT ") || procedure) identity.add(type);
        }
        String result = "";
        if (!procedure) {
            c.expect("RETURNS");
            if (c.accept("TABLE")) {
                // the table's columns are OUT arguments: no part of the identity, printed in the result
                List<String> columns = new ArrayList<>();
                for (int[] g : c.list()) {
                    Cursor a = new Cursor(c.sql, c.t.subList(g[0], g[1]));
                    Token n = a.next();
                    if (!n.isName() || a.done()) throw new Unsupported("a RETURNS TABLE column without a name and type");
                    String col = n.folded();
                    columns.add(PgIdent.quote(col) + " " + typeName.apply(a.text(a.i, a.t.size())));
                }
                if (columns.isEmpty()) throw new Unsupported("RETURNS TABLE without columns");
                result = "TABLE(" + String.join(", ", columns) + ")";
            }
            boolean setof = c.accept("SETOF");
            int from = c.i;
            while (!c.done() && !c.at("LANGUAGE") && !c.at("AS") && !c.at("IMMUTABLE") && !c.at("STABLE") && !c.at("VOLATILE")
                    && !c.at("STRICT") && !c.at("SECURITY") && !c.at("PARALLEL") && !c.at("COST") && !c.at("RETURN") && !c.at("BEGIN")
                    && !c.at("ROWS") && !c.at("LEAKPROOF") && !c.at("CALLED") && !c.at("SET") && !c.at("WINDOW") && !c.at("SUPPORT")
                    && !c.at("TRANSFORM") && !c.at("RETURNS", "NULL") && !c.at("NOT", "LEAKPROOF") && !c.at("EXTERNAL")) c.i++;
            String t = c.text(from, c.i);
            if (!result.isEmpty()) {
                if (setof || !t.isEmpty()) throw new Unsupported("RETURNS TABLE followed by a type");
            } else result = (setof ? "SETOF " : "") + (PSEUDO_RESULTS.contains(t.toLowerCase(Locale.ROOT)) ? t.toLowerCase(Locale.ROOT) : typeName.apply(t));
        }
        String language = null;
        String body = null;
        String volatility = "";
        String parallel = "";
        boolean strict = false;
        boolean secdef = false;
        boolean leakproof = false;
        String cost = "";
        String rows = "";
        List<String> config = new ArrayList<>();
        while (!c.done()) {
            if (c.accept("LANGUAGE")) {
                Token l = c.next();
                language = l.kind() == Token.Kind.STRING ? l.text().substring(1, l.text().length() - 1).toLowerCase(Locale.ROOT) : l.name().toLowerCase(Locale.ROOT);
            } else if (c.accept("AS")) {
                Token b = c.next();
                if (b.kind() != Token.Kind.STRING || !c.at(";") && !c.done() && c.at(",")) throw new Unsupported("a body that is not one string");
                body = bodyText(b.text());
            } else if (c.accept("IMMUTABLE")) volatility = " IMMUTABLE";
            else if (c.accept("STABLE")) volatility = " STABLE";
            else if (c.accept("VOLATILE")) volatility = "";
            else if (c.accept("STRICT") || c.accept("RETURNS", "NULL", "ON", "NULL", "INPUT")) strict = true;
            else if (c.accept("CALLED", "ON", "NULL", "INPUT")) strict = false;
            else if (c.accept("SECURITY", "DEFINER")) secdef = true;
            else if (c.accept("SECURITY", "INVOKER")) secdef = false;
            else if (c.accept("LEAKPROOF")) leakproof = true;
            else if (c.accept("PARALLEL")) {
                String p = c.next().upper();
                parallel = p.equals("UNSAFE") ? "" : " PARALLEL " + p;
            } else if (c.accept("COST")) {
                cost = " COST " + wholeNumber(c);
            } else if (c.accept("ROWS")) {
                rows = " ROWS " + wholeNumber(c);
            } else if (c.accept("SET")) {
                config.add(setting(c));
            } else throw new Unsupported("the function clause \"" + c.peek().text() + "\"");
        }
        if (body == null || language == null) throw new Unsupported("a function without a quoted body (SQL-standard bodies are re-printed)");
        if (language.equals("c") || language.equals("internal")) throw new Unsupported("a C or internal function");
        String tag = procedure ? "$procedure$" : "$function$";
        if (body.contains(tag)) throw new Unsupported("a body holding $function$");
        StringBuilder def = new StringBuilder("CREATE OR REPLACE ").append(procedure ? "PROCEDURE " : "FUNCTION ").append(PgIdent.quote(name))
                .append('(').append(String.join(", ", args)).append(")\n");
        if (!procedure) def.append(" RETURNS ").append(result).append('\n');
        def.append(" LANGUAGE ").append(PgIdent.quote(language)).append('\n');
        if (!rows.isEmpty() && !result.startsWith("SETOF ") && !result.startsWith("TABLE(")) throw new Unsupported("ROWS on a function that returns no set");
        if (cost.equals(" COST 100")) cost = ""; // the default for a function that is not C or internal
        if (rows.equals(" ROWS 1000")) rows = "";
        String misc = volatility + parallel + (strict ? " STRICT" : "") + (secdef ? " SECURITY DEFINER" : "") + (leakproof ? " LEAKPROOF" : "") + cost + rows;
        if (!misc.isEmpty()) def.append(misc).append('\n');
        for (String x : config) def.append(x).append('\n');
        def.append("AS ").append(tag).append(body).append(tag);
        return new PgFunction(name + "(" + String.join(", ", identity) + ")", procedure ? "procedure" : "function", result, def.toString(), Attrs.EMPTY);
    }

    /** {@return a COST or ROWS value as pg_get_functiondef's %g prints it: whole numbers below a million only} */
    private static String wholeNumber(Cursor c) {
        Token n = c.next();
        if (n.kind() != Token.Kind.NUMBER || !n.text().matches("[1-9]\\d{0,5}")) throw new Unsupported("a COST or ROWS that is not a whole number below a million");
        return n.text();
    }

    /** {@return a SET clause as pg_get_functiondef prints it from proconfig: {@code  SET name TO 'value'}, list settings element by element} */
    private static String setting(Cursor c) {
        Token n = c.next();
        if (!n.isName()) throw new Unsupported("a SET without a parameter name");
        String name = n.folded();
        if (name.contains(".")) throw new Unsupported("a SET of a custom parameter");
        if (!c.accept("TO") && !c.accept("=")) throw new Unsupported("SET ... FROM CURRENT");
        List<String> values = new ArrayList<>();
        do {
            Token v = c.next();
            if (v.kind() == Token.Kind.STRING && v.text().startsWith("'")) values.add(v.text().substring(1, v.text().length() - 1).replace("''", "'"));
            else if (v.kind() == Token.Kind.NUMBER) values.add(v.text());
            else if (v.kind() == Token.Kind.WORD) values.add(v.text().toLowerCase(Locale.ROOT));
            else if (v.kind() == Token.Kind.QUOTED) values.add(v.name());
            else throw new Unsupported("a SET value PostgreSQL would re-print");
        } while (c.accept(","));
        String canonical = CANONICAL_SETTINGS.get(name);
        if (canonical != null && values.size() == 1) return " SET " + PgIdent.quote(canonical) + " TO " + PgIdent.literal(values.get(0));
        if (name.equals("search_path")) {
            List<String> quoted = new ArrayList<>();
            for (String v : values) quoted.add(PgIdent.literal(v));
            return " SET search_path TO " + String.join(", ", quoted);
        }
        // the catalog keeps a parameter under its canonical name ("TimeZone"): only names spelled that way in lower case are taken
        if (values.size() != 1 || !List.of("work_mem", "maintenance_work_mem", "statement_timeout", "lock_timeout", "client_min_messages",
                "row_security", "check_function_bodies", "idle_in_transaction_session_timeout").contains(name)) {
            throw new Unsupported("SET " + name + " in a function");
        }
        return " SET " + name + " TO " + PgIdent.literal(values.get(0));
    }

    /**
     * {@code CREATE AGGREGATE name (types) (SFUNC = f, STYPE = t [, INITCOND = '...'])}, after {@code CREATE}: kept as the
     * inspector writes an aggregate from pg_aggregate. The state function must be one the SQL creates first.
     */
    static PgFunction aggregate(Cursor c, String schema, Function<String, String> typeName, java.util.function.Predicate<String> created) {
        c.expect("AGGREGATE");
        List<String> parts = c.qualified();
        String name = parts.get(parts.size() - 1);
        if (c.t.get(c.i - 1).kind() != Token.Kind.QUOTED) name = name.toLowerCase(Locale.ROOT);
        if (parts.size() == 2 && !parts.get(0).equalsIgnoreCase(schema)) throw new Unsupported("an aggregate in another schema");
        List<String> args = new ArrayList<>();
        for (int[] g : c.list()) {
            Cursor a = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            if (a.at("*") || a.at("VARIADIC") || a.at("ORDER")) throw new Unsupported("an aggregate over * or with VARIADIC or ORDER BY arguments");
            args.add(typeName.apply(a.text(0, a.t.size())));
        }
        String sfunc = null;
        String stype = null;
        String initcond = null;
        for (int[] g : c.list()) {
            Cursor o = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            String option = o.next().upper();
            o.expect("=");
            switch (option) {
                case "SFUNC" -> {
                    Token f = o.next();
                    if (o.at(".") && f.name().equalsIgnoreCase(schema)) {
                        o.next();
                        f = o.next();
                    }
                    if (!f.isName() || !o.done()) throw new Unsupported("a state function that is not a plain name");
                    sfunc = f.folded();
                }
                case "STYPE" -> stype = typeName.apply(o.text(o.i, o.t.size()));
                case "INITCOND" -> {
                    Token v = o.next();
                    if (v.kind() != Token.Kind.STRING || !v.text().startsWith("'") || !o.done()) throw new Unsupported("an INITCOND that is not a string");
                    initcond = v.text();
                }
                default -> throw new Unsupported("the aggregate option " + option);
            }
        }
        if (!c.done()) throw new Unsupported("the aggregate clause \"" + c.peek().text() + "\"");
        if (sfunc == null || stype == null) throw new Unsupported("an aggregate without SFUNC or STYPE");
        if (!created.test(sfunc)) throw new Unsupported("an aggregate whose state function the SQL does not create first");
        String identity = String.join(", ", args);
        String def = "CREATE AGGREGATE " + PgIdent.quote(name) + "(" + identity + ") (SFUNC = " + PgIdent.quote(sfunc) + ", STYPE = " + stype
                + (initcond == null ? "" : ", INITCOND = " + initcond) + ")";
        return new PgFunction(name + "(" + identity + ")", "aggregate", stype, def, Attrs.EMPTY);
    }

    /** {@return the identity {@code name(types)} of a routine named with its argument list, as in COMMENT ON FUNCTION} */
    static String signature(Cursor c, String schema, boolean procedure, Function<String, String> typeName) {
        List<String> parts = c.qualified();
        String name = parts.get(parts.size() - 1);
        if (c.t.get(c.i - 1).kind() != Token.Kind.QUOTED) name = name.toLowerCase(Locale.ROOT);
        if (parts.size() == 2 && !parts.get(0).equalsIgnoreCase(schema)) throw new Unsupported("a function in another schema");
        if (!c.at("(")) throw new Unsupported("a routine named without its arguments");
        List<String> identity = new ArrayList<>();
        for (int[] g : c.list()) {
            Cursor a = new Cursor(c.sql, c.t.subList(g[0], g[1]));
            if (a.accept("OUT") && !procedure) continue; // a function's OUT arguments are no part of its identity
            if (!a.accept("IN")) a.accept("INOUT");
            if (a.at("VARIADIC")) throw new Unsupported("VARIADIC arguments");
            if (a.t.size() - a.i >= 2 && a.peek().isName() && !a.peek(1).is("(") && !a.peek(1).is("[") && !a.peek(1).is(".")
                    && !isTypeContinuation(a.peek(), a.peek(1))) {
                a.next();
            }
            identity.add(typeName.apply(a.text(a.i, a.t.size())));
        }
        return name + "(" + String.join(", ", identity) + ")";
    }

    private static boolean isTypeContinuation(Token first, Token second) {
        String a = first.upper();
        String b = second.upper();
        return a.equals("DOUBLE") && b.equals("PRECISION") || a.equals("CHARACTER") && b.equals("VARYING")
                || a.equals("BIT") && b.equals("VARYING") || (a.equals("TIMESTAMP") || a.equals("TIME")) && (b.equals("WITH") || b.equals("WITHOUT"));
    }

    /** {@return the text a string literal or dollar quote holds, as PostgreSQL keeps it in prosrc} */
    private static String bodyText(String literal) {
        if (literal.startsWith("$")) {
            int open = literal.indexOf('$', 1) + 1;
            return literal.substring(open, literal.length() - open);
        }
        if (literal.startsWith("'")) return literal.substring(1, literal.length() - 1).replace("''", "'");
        throw new Unsupported("an escaped string body");
    }
}
