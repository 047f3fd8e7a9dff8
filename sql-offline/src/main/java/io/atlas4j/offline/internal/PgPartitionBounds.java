package io.atlas4j.offline.internal;

import io.atlas4j.postgres.internal.PgIdent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partition bound as {@code pg_get_expr(relpartbound)} prints it: each value is a constant of its key
 * column's type, printed without a cast. Whole numbers for integer keys, strings for text keys, ISO dates
 * for date keys and ISO timestamps for timestamp keys are rebuilt; other values are refused, PostgreSQL
 * re-prints them (a timestamp with time zone in the server's zone, for one).
 */
final class PgPartitionBounds {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");
    /** The length of a {@code character varying(n)} key. */
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)");

    private PgPartitionBounds() {
    }

    /** Reads {@code DEFAULT} or {@code FOR VALUES ...} for a table partitioned by {@code strategy} on keys of {@code keyTypes}. */
    static String bound(Cursor c, String strategy, List<String> keyTypes) {
        if (c.accept("DEFAULT")) {
            if (strategy.equals("HASH")) throw new Unsupported("a default partition of a hash-partitioned table");
            return "DEFAULT";
        }
        c.expect("FOR");
        c.expect("VALUES");
        if (c.accept("IN")) {
            if (!strategy.equals("LIST")) throw new Unsupported("FOR VALUES IN on a table partitioned by " + strategy);
            List<String> values = new ArrayList<>();
            for (int[] g : c.list()) values.add(g[1] - g[0] == 1 && c.t.get(g[0]).is("NULL") ? "NULL" : value(c, g, keyTypes.get(0)));
            return "FOR VALUES IN (" + String.join(", ", values) + ")";
        }
        if (c.accept("FROM")) {
            if (!strategy.equals("RANGE")) throw new Unsupported("FOR VALUES FROM on a table partitioned by " + strategy);
            String from = rangeValues(c, keyTypes);
            c.expect("TO");
            return "FOR VALUES FROM (" + from + ") TO (" + rangeValues(c, keyTypes) + ")";
        }
        if (c.accept("WITH")) {
            if (!strategy.equals("HASH")) throw new Unsupported("FOR VALUES WITH on a table partitioned by " + strategy);
            List<int[]> g = c.list();
            if (g.size() != 2) throw new Unsupported("a hash bound other than MODULUS and REMAINDER");
            String modulus = hashPart(c, g.get(0), "MODULUS");
            String remainder = hashPart(c, g.get(1), "REMAINDER");
            return "FOR VALUES WITH (modulus " + modulus + ", remainder " + remainder + ")";
        }
        throw new Unsupported("the partition bound \"" + (c.done() ? "" : c.peek().text()) + "\"");
    }

    private static String hashPart(Cursor c, int[] g, String word) {
        if (g[1] - g[0] != 2 || !c.t.get(g[0]).is(word) || !c.t.get(g[0] + 1).text().matches("\\d+")) {
            throw new Unsupported("a hash bound other than MODULUS n, REMAINDER n");
        }
        return String.valueOf(Long.parseLong(c.t.get(g[0] + 1).text()));
    }

    private static String rangeValues(Cursor c, List<String> keyTypes) {
        List<int[]> groups = c.list();
        if (groups.size() != keyTypes.size()) throw new Unsupported("a range bound with another number of values than key columns");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            int[] g = groups.get(k);
            Token t = c.t.get(g[0]);
            if (g[1] - g[0] == 1 && (t.is("MINVALUE") || t.is("MAXVALUE"))) out.add(t.upper());
            else out.add(value(c, g, keyTypes.get(k)));
        }
        return String.join(", ", out);
    }

    private static String value(Cursor c, int[] g, String type) {
        if (g[1] - g[0] != 1) throw new Unsupported("a partition bound value other than a literal");
        Token t = c.t.get(g[0]);
        String base = PgExprPrinter.base(type);
        if (List.of("smallint", "integer", "bigint").contains(base)) {
            if (t.kind() != Token.Kind.NUMBER || !t.text().matches("\\d+")) throw new Unsupported("the bound " + t.text() + " of an integer key");
            return t.text().replaceFirst("^0+(?=\\d)", "");
        }
        if (t.kind() != Token.Kind.STRING || !t.text().startsWith("'")) throw new Unsupported("the bound " + t.text() + " of a " + type + " key");
        String v = t.text().substring(1, t.text().length() - 1).replace("''", "'");
        if (List.of("text", "character varying").contains(base)) {
            if (v.contains("\\")) throw new Unsupported("a partition bound with a backslash");
            Matcher n = LENGTH.matcher(type);
            // a bound longer than the key's length is an error on the server
            if (n.find() && v.codePointCount(0, v.length()) > Integer.parseInt(n.group(1))) {
                throw new Unsupported("the bound " + t.text() + ", longer than its " + type + " key");
            }
            return PgIdent.literal(v);
        }
        if (base.equals("date") && DATE.matcher(v).matches()) return PgIdent.literal(v);
        Matcher m = TIMESTAMP.matcher(v);
        if (type.equals("timestamp without time zone") && m.matches()) {
            String time = m.group(2) == null ? "00:00:00" : m.group(2) + ":" + m.group(3) + ":" + (m.group(4) == null ? "00" : m.group(4));
            return PgIdent.literal(m.group(1) + " " + time);
        }
        throw new Unsupported("the bound " + t.text() + " of a " + type + " key (PostgreSQL re-prints it)");
    }
}
