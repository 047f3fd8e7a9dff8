package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.internal.PgIdent;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * PostgreSQL functions and triggers as the inspector reads them: {@code pg_get_functiondef} and
 * {@code pg_get_triggerdef} are regular for the common forms (a dollar-quoted body kept as written, plain
 * argument and result types, the usual options; a trigger that runs a function without arguments), which are
 * rebuilt here. Argument defaults, SQL-standard bodies, WHEN clauses and the rarer options are refused.
 */
final class PgRoutines {
    private PgRoutines() {
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
                argName = n.kind() == Token.Kind.QUOTED ? PgIdent.quote(n.name()) : PgIdent.quote(n.name().toLowerCase(Locale.ROOT));
            }
            int from = a.i;
            while (!a.done() && !a.at("DEFAULT") && !a.at("=")) a.i++;
            if (!a.done()) throw new Unsupported("an argument default (PostgreSQL re-prints it)");
            String type = typeName.apply(a.text(from, a.i));
            args.add(mode + (argName == null ? "" : argName + " ") + type);
            if (!mode.equals("OUT ")) identity.add(type);
        }
        String result = "";
        if (!procedure) {
            c.expect("RETURNS");
            if (c.at("TABLE")) throw new Unsupported("RETURNS TABLE");
            boolean setof = c.accept("SETOF");
            int from = c.i;
            while (!c.done() && !c.at("LANGUAGE") && !c.at("AS") && !c.at("IMMUTABLE") && !c.at("STABLE") && !c.at("VOLATILE")
                    && !c.at("STRICT") && !c.at("SECURITY") && !c.at("PARALLEL") && !c.at("COST") && !c.at("RETURN") && !c.at("BEGIN")) c.i++;
            String t = c.text(from, c.i);
            result = (setof ? "SETOF " : "") + (t.equalsIgnoreCase("trigger") ? "trigger" : t.equalsIgnoreCase("void") ? "void" : typeName.apply(t));
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
        String tag = "$function$";
        if (body.contains(tag)) throw new Unsupported("a body holding $function$");
        StringBuilder def = new StringBuilder("CREATE OR REPLACE ").append(procedure ? "PROCEDURE " : "FUNCTION ").append(PgIdent.quote(name))
                .append('(').append(String.join(", ", args)).append(")\n");
        if (!procedure) def.append(" RETURNS ").append(result).append('\n');
        def.append(" LANGUAGE ").append(PgIdent.quote(language)).append('\n');
        if (!rows.isEmpty() && !result.startsWith("SETOF ")) throw new Unsupported("ROWS on a function that returns no set");
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
        String name = n.kind() == Token.Kind.QUOTED ? n.name() : n.name().toLowerCase(Locale.ROOT);
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

    /** {@code CREATE TRIGGER}: the form pg_get_triggerdef prints back, unqualified as the inspector leaves it. */
    static Trigger trigger(Cursor c, String schema, Function<List<String>, String> tableName) {
        c.expect("TRIGGER");
        Token nt = c.next();
        String name = nt.kind() == Token.Kind.QUOTED ? nt.name() : nt.name().toLowerCase(Locale.ROOT);
        StringBuilder def = new StringBuilder("CREATE TRIGGER ").append(PgIdent.quote(name)).append(' ');
        if (c.accept("BEFORE")) def.append("BEFORE");
        else if (c.accept("AFTER")) def.append("AFTER");
        else if (c.accept("INSTEAD", "OF")) def.append("INSTEAD OF");
        else throw new Unsupported("the trigger timing \"" + c.peek().text() + "\"");
        List<String> events = new ArrayList<>();
        do {
            String e = c.next().upper();
            if (!List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE").contains(e)) throw new Unsupported("the trigger event " + e);
            if (c.at("OF")) throw new Unsupported("UPDATE OF columns");
            events.add(e);
        } while (c.accept("OR"));
        c.expect("ON");
        // pg_get_triggerdef names the events in this order, whatever order they were written in
        List<String> order = List.of("INSERT", "DELETE", "UPDATE", "TRUNCATE");
        events.sort(java.util.Comparator.comparingInt(order::indexOf));
        def.append(' ').append(String.join(" OR ", events)).append(" ON ");
        List<String> parts = new ArrayList<>();
        int from = c.i;
        for (String p : c.qualified()) parts.add(p);
        for (int k = 0; k < parts.size(); k++) {
            Token t = c.t.get(from + 2 * k);
            if (t.kind() != Token.Kind.QUOTED) parts.set(k, parts.get(k).toLowerCase(Locale.ROOT));
        }
        String table = tableName.apply(parts);
        def.append(PgIdent.quote(table));
        if (c.accept("FOR")) {
            c.accept("EACH");
            if (c.accept("ROW")) def.append(" FOR EACH ROW");
            else if (c.accept("STATEMENT")) def.append(" FOR EACH STATEMENT");
            else throw new Unsupported("the trigger clause FOR " + c.peek().text());
        } else {
            def.append(" FOR EACH STATEMENT");
        }
        if (c.at("WHEN") || c.at("REFERENCING") || c.at("FROM") || c.at("DEFERRABLE")) throw new Unsupported("the trigger clause " + c.peek().text());
        c.expect("EXECUTE");
        if (!c.accept("FUNCTION")) c.expect("PROCEDURE");
        List<String> fn = c.qualified();
        Token last = c.t.get(c.i - 1);
        String f = last.kind() == Token.Kind.QUOTED ? fn.get(fn.size() - 1) : fn.get(fn.size() - 1).toLowerCase(Locale.ROOT);
        if (fn.size() == 2 && !fn.get(0).equalsIgnoreCase(schema)) throw new Unsupported("a trigger function in another schema");
        c.expect("(");
        if (!c.accept(")")) throw new Unsupported("trigger function arguments (PostgreSQL re-prints them)");
        if (!c.done()) throw new Unsupported("the trigger clause \"" + c.peek().text() + "\"");
        def.append(" EXECUTE FUNCTION ").append(PgIdent.quote(f)).append("()");
        return new Trigger(table + "." + name, table, def.toString(), Attrs.EMPTY);
    }
}
