package io.atlas4j.offline.internal;

import io.atlas4j.mysql.Event;
import io.atlas4j.schema.Attrs;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code CREATE EVENT}, read as information_schema.EVENTS keeps it: the interval as the server re-prints it
 * ({@code 007 DAY} is {@code 7 DAY}, {@code '01 04' DAY_HOUR} is {@code '1 4'}), the body after {@code DO}
 * as written. A schedule whose stored form depends on the clock or the time zone ({@code STARTS},
 * {@code ENDS}, a moment already past) is refused.
 */
final class MySqlEvents {
    private static final Set<String> UNITS = Set.of("YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND");
    /** Two-part units: the separator the server prints and the bound of the second part (it carries above it). */
    private static final Map<String, Compound> COMPOUNDS = Map.of(
            "YEAR_MONTH", new Compound("-", 12), "DAY_HOUR", new Compound(" ", 24),
            "HOUR_MINUTE", new Compound(":", 60), "MINUTE_SECOND", new Compound(":", 60));
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private record Compound(String separator, int bound) {
    }

    private MySqlEvents() {
    }

    /** {@return whether the cursor is at an event, after {@code CREATE} and an optional {@code DEFINER = user}} */
    static boolean at(Cursor c) {
        int start = c.i;
        skipDefiner(c);
        boolean event = c.at("EVENT");
        c.i = start;
        return event;
    }

    /** Reads {@code [DEFINER = user] EVENT [IF NOT EXISTS] name ON SCHEDULE ... DO body}; {@code ifNotExists} is reported through the result. */
    static Read read(Cursor c) {
        skipDefiner(c);
        c.expect("EVENT");
        boolean ine = c.accept("IF", "NOT", "EXISTS");
        java.util.List<String> parts = c.qualified();
        if (parts.size() > 2) throw new Unsupported("a name with more than two parts");
        String name = parts.get(parts.size() - 1);
        c.expect("ON");
        c.expect("SCHEDULE");
        String schedule = schedule(c);
        boolean preserve = false;
        String status = "ENABLE";
        String comment = "";
        while (!c.at("DO")) {
            if (c.accept("ON", "COMPLETION", "PRESERVE")) preserve = true;
            else if (c.accept("ON", "COMPLETION", "NOT", "PRESERVE")) preserve = false;
            else if (c.accept("ENABLE")) status = "ENABLE";
            else if (c.accept("DISABLE", "ON", "SLAVE") || c.accept("DISABLE", "ON", "REPLICA")) status = "DISABLE ON SLAVE";
            else if (c.accept("DISABLE")) status = "DISABLE";
            else if (c.accept("COMMENT")) comment = string(c.next());
            else if (c.done()) throw new Unsupported("an event without DO");
            else throw new Unsupported("the event clause \"" + c.peek().text() + "\"");
        }
        c.expect("DO");
        if (c.done()) throw new Unsupported("an event without a body");
        // the server keeps the body as written, without the spaces around it
        String body = c.text(c.i, c.t.size());
        c.i = c.t.size();
        return new Read(new Event(name, schedule, status, preserve, comment, body, Attrs.EMPTY), ine);
    }

    /** An event read, and whether it was created {@code IF NOT EXISTS}. */
    record Read(Event event, boolean ifNotExists) {
    }

    private static void skipDefiner(Cursor c) {
        if (!c.accept("DEFINER")) return;
        c.expect("=");
        if (c.accept("CURRENT_USER")) {
            if (c.accept("(")) c.expect(")");
            return;
        }
        c.next();
        if (c.accept("@")) c.next();
    }

    private static String schedule(Cursor c) {
        String s;
        if (c.accept("AT")) {
            String moment = moment(c.next());
            if (c.at("+") || c.at("-")) throw new Unsupported("an AT schedule with an interval (the server stores the moment it computes)");
            s = "AT '" + moment + "'";
        } else if (c.accept("EVERY")) {
            s = "EVERY " + interval(c);
        } else {
            throw new Unsupported("an event schedule other than AT or EVERY");
        }
        if (c.at("STARTS") || c.at("ENDS")) throw new Unsupported("an event STARTS or ENDS (the server stores it in its time zone)");
        return s;
    }

    /** A moment the server keeps as written: a full date and time, still to come (one already past is dropped or disabled). */
    private static String moment(Token t) {
        if (t.kind() != Token.Kind.STRING || !t.text().startsWith("'")) throw new Unsupported("an AT schedule that is not a date and time literal");
        String v = t.text().substring(1, t.text().length() - 1);
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(v, MOMENT);
        } catch (DateTimeParseException e) {
            throw new Unsupported("the AT moment " + t.text() + " (only 'YYYY-MM-DD HH:MM:SS' is kept as written)");
        }
        // a day of margin either way covers any server time zone
        if (!at.isAfter(LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new Unsupported("the AT moment " + t.text() + ", which is not in the future (the server drops or disables the event)");
        }
        return v;
    }

    private static String interval(Cursor c) {
        Token value = c.next();
        String unit = c.next().upper();
        if (UNITS.contains(unit)) {
            String v = value.kind() == Token.Kind.STRING ? value.text().substring(1, value.text().length() - 1) : value.text();
            if (!v.matches("\\d{1,9}") || Long.parseLong(v) == 0) throw new Unsupported("the event interval " + value.text() + " " + unit);
            return Long.parseLong(v) + " " + unit;
        }
        Compound k = COMPOUNDS.get(unit);
        if (k == null || value.kind() != Token.Kind.STRING || !value.text().startsWith("'")) {
            throw new Unsupported("the event interval " + value.text() + " " + unit);
        }
        Matcher m = Pattern.compile("(\\d{1,6})" + Pattern.quote(k.separator()) + "(\\d{1,6})").matcher(value.text().substring(1, value.text().length() - 1));
        if (!m.matches()) throw new Unsupported("the event interval " + value.text() + " " + unit);
        long first = Long.parseLong(m.group(1));
        long second = Long.parseLong(m.group(2));
        // the server carries an overflowing second part into the first; only the plain form is taken as written
        if (second >= k.bound() || first == 0 && second == 0) throw new Unsupported("the event interval " + value.text() + " " + unit);
        return "'" + first + k.separator() + second + "' " + unit;
    }

    private static String string(Token t) {
        if (t.kind() != Token.Kind.STRING || !t.text().startsWith("'")) throw new Unsupported("an event comment that is not a string");
        String inner = t.text().substring(1, t.text().length() - 1);
        if (inner.indexOf('\\') >= 0) throw new Unsupported("a string with backslash escapes");
        return inner.replace("''", "'");
    }
}
