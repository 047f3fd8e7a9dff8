package io.atlas4j.offline.internal;

import io.atlas4j.postgres.internal.PgIdent;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code CREATE [CONSTRAINT] TRIGGER} in the form {@code pg_get_triggerdef} prints back, unqualified as the
 * inspector leaves it: events in the catalog's order, {@code UPDATE OF} columns, transition tables, the
 * deferral of a constraint trigger, a {@code WHEN} condition built of {@code IS [NOT] DISTINCT FROM} and
 * {@code IS [NOT] NULL} tests on {@code OLD}/{@code NEW} columns, and the function's arguments as the strings
 * the catalog keeps. Other conditions are refused: PostgreSQL re-prints them.
 */
final class PgTriggers {
    /** The trigger functions PostgreSQL ships in pg_catalog. */
    static final Set<String> BUILT_IN = Set.of("suppress_redundant_updates_trigger", "tsvector_update_trigger", "tsvector_update_trigger_column");

    /** A trigger and the function it runs ({@code builtIn}: one of pg_catalog's). */
    record Read(Trigger trigger, String function, boolean builtIn) {}

    private PgTriggers() {
    }

    /** Reads a trigger after {@code CREATE}; {@code relationName} resolves the table or view it is on. */
    static Read read(Cursor c, String schema, Function<List<String>, String> relationName) {
        boolean constraint = c.accept("CONSTRAINT");
        c.expect("TRIGGER");
        Token nt = c.next();
        String name = nt.folded();
        StringBuilder def = new StringBuilder(constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ").append(PgIdent.quote(name)).append(' ');
        if (c.accept("BEFORE")) def.append("BEFORE");
        else if (c.accept("AFTER")) def.append("AFTER");
        else if (c.accept("INSTEAD", "OF")) def.append("INSTEAD OF");
        else throw new Unsupported("the trigger timing \"" + c.peek().text() + "\"");
        if (constraint && !def.toString().endsWith("AFTER")) throw new Unsupported("a constraint trigger that is not AFTER");
        List<String> events = new ArrayList<>();
        List<String> updateOf = new ArrayList<>();
        do {
            String e = c.next().upper();
            if (!List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE").contains(e)) throw new Unsupported("the trigger event " + e);
            if (e.equals("UPDATE") && c.accept("OF")) {
                do updateOf.add(PgIdent.quote(c.next().folded())); while (c.accept(","));
            }
            events.add(e);
        } while (c.accept("OR"));
        c.expect("ON");
        // pg_get_triggerdef names the events in this order, whatever order they were written in
        List<String> order = List.of("INSERT", "DELETE", "UPDATE", "TRUNCATE");
        events.sort(Comparator.comparingInt(order::indexOf));
        List<String> printed = new ArrayList<>();
        for (String e : events) printed.add(e.equals("UPDATE") && !updateOf.isEmpty() ? "UPDATE OF " + String.join(", ", updateOf) : e);
        def.append(' ').append(String.join(" OR ", printed)).append(" ON ");
        List<String> parts = new ArrayList<>();
        int from = c.i;
        for (String p : c.qualified()) parts.add(p);
        for (int k = 0; k < parts.size(); k++) {
            if (c.t.get(from + 2 * k).kind() != Token.Kind.QUOTED) parts.set(k, parts.get(k).toLowerCase(Locale.ROOT));
        }
        String table = relationName.apply(parts);
        def.append(PgIdent.quote(table));
        if (constraint) def.append(deferral(c));
        else if (c.at("FROM") || c.at("DEFERRABLE") || c.at("NOT", "DEFERRABLE") || c.at("INITIALLY")) throw new Unsupported("the trigger clause " + c.peek().text());
        if (c.accept("REFERENCING")) def.append(referencing(c));
        boolean row = false;
        if (c.accept("FOR")) {
            c.accept("EACH");
            if (c.accept("ROW")) row = true;
            else if (!c.accept("STATEMENT")) throw new Unsupported("the trigger clause FOR " + c.peek().text());
        }
        if (constraint && !row) throw new Unsupported("a constraint trigger FOR EACH STATEMENT");
        def.append(row ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (c.accept("WHEN")) def.append(" WHEN (").append(when(c)).append(')');
        c.expect("EXECUTE");
        if (!c.accept("FUNCTION")) c.expect("PROCEDURE");
        List<String> fn = c.qualified();
        String f = c.t.get(c.i - 1).folded();
        boolean builtIn = fn.size() == 2 && fn.get(0).equalsIgnoreCase("pg_catalog") || fn.size() == 1 && BUILT_IN.contains(f);
        if (builtIn && !BUILT_IN.contains(f)) throw new Unsupported("the pg_catalog function " + f + " as a trigger");
        if (fn.size() == 2 && !builtIn && !fn.get(0).equalsIgnoreCase(schema)) throw new Unsupported("a trigger function in another schema");
        def.append(" EXECUTE FUNCTION ").append(PgIdent.quote(f)).append('(').append(String.join(", ", arguments(c))).append(')');
        if (!c.done()) throw new Unsupported("the trigger clause \"" + c.peek().text() + "\"");
        return new Read(new Trigger(table + "." + name, table, def.toString(), Attrs.EMPTY), f, builtIn);
    }

    /** {@code [NOT] DEFERRABLE [INITIALLY IMMEDIATE | DEFERRED]}, printed in full as the catalog has it. */
    private static String deferral(Cursor c) {
        if (c.at("FROM")) throw new Unsupported("a constraint trigger FROM another table");
        boolean deferrable = false;
        boolean deferred = false;
        if (c.accept("NOT", "DEFERRABLE")) deferrable = false;
        else if (c.accept("DEFERRABLE")) deferrable = true;
        if (c.accept("INITIALLY")) {
            if (c.accept("DEFERRED")) deferred = true;
            else c.expect("IMMEDIATE");
        }
        if (deferred) deferrable = true;
        return deferrable ? " DEFERRABLE INITIALLY " + (deferred ? "DEFERRED" : "IMMEDIATE") : " NOT DEFERRABLE INITIALLY IMMEDIATE";
    }

    /** {@code REFERENCING {OLD|NEW} TABLE [AS] name ...}: the old table first, as the catalog prints it. */
    private static String referencing(Cursor c) {
        String oldTable = null;
        String newTable = null;
        while (c.at("OLD") || c.at("NEW")) {
            boolean old = c.next().is("OLD");
            if (!c.accept("TABLE")) throw new Unsupported("a transition row (REFERENCING ... ROW)");
            c.accept("AS");
            String n = PgIdent.quote(c.next().folded());
            if (old) oldTable = n;
            else newTable = n;
        }
        if (oldTable == null && newTable == null) throw new Unsupported("an empty REFERENCING clause");
        return " REFERENCING" + (oldTable == null ? "" : " OLD TABLE AS " + oldTable) + (newTable == null ? "" : " NEW TABLE AS " + newTable);
    }

    /** {@return the function's arguments as pg_get_triggerdef prints them: each the literal of the string tgargs keeps} */
    private static List<String> arguments(Cursor c) {
        List<String> out = new ArrayList<>();
        for (int[] g : c.list()) {
            if (g[1] - g[0] != 1) throw new Unsupported("a trigger function argument that is not a single literal or name");
            Token a = c.t.get(g[0]);
            String value;
            if (a.kind() == Token.Kind.STRING && a.text().startsWith("'")) value = a.text().substring(1, a.text().length() - 1).replace("''", "'");
            else if (a.kind() == Token.Kind.NUMBER && !a.text().matches("0\\d.*")) value = a.text();
            else if (a.isName()) value = a.folded();
            else throw new Unsupported("the trigger function argument " + a.text());
            if (value.contains("\\")) throw new Unsupported("a trigger function argument with a backslash");
            out.add(PgIdent.literal(value));
        }
        return out;
    }

    /** A WHEN condition as pretty ruleutils prints it: an OR of ANDs of tests needs no parentheses. */
    private static String when(Cursor c) {
        c.expect("(");
        List<String> ors = new ArrayList<>();
        do {
            List<String> ands = new ArrayList<>();
            do ands.add(test(c)); while (c.accept("AND"));
            ors.add(String.join(" AND ", ands));
        } while (c.accept("OR"));
        c.expect(")");
        return String.join(" OR ", ors);
    }

    private static String test(Cursor c) {
        String left = rowColumn(c);
        c.expect("IS");
        boolean not = c.accept("NOT");
        if (c.accept("NULL")) return left + (not ? " IS NOT NULL" : " IS NULL");
        c.expect("DISTINCT");
        c.expect("FROM");
        return (not ? "NOT " : "") + left + " IS DISTINCT FROM " + rowColumn(c);
    }

    /** {@code OLD.column}, {@code NEW.column}, {@code OLD.*} or {@code NEW.*}. */
    private static String rowColumn(Cursor c) {
        Token r = c.next();
        if (!r.is("OLD") && !r.is("NEW")) throw new Unsupported("a trigger condition other than tests of OLD and NEW columns");
        c.expect(".");
        if (c.accept("*")) return r.text().toLowerCase(Locale.ROOT) + ".*";
        Token col = c.next();
        if (!col.isName()) throw new Unsupported("a trigger condition other than tests of OLD and NEW columns");
        return r.text().toLowerCase(Locale.ROOT) + "." + PgIdent.quote(col.folded());
    }
}
