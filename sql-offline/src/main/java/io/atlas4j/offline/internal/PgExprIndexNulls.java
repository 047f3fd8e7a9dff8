package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NULLS FIRST} / {@code NULLS LAST} after the keys of {@code CREATE INDEX}: taken out of the key list
 * (which the key parser reads without them) and kept per key, as pg_index records them.
 */
final class PgExprIndexNulls {
    /**
     * @param keys       the key list, from its {@code (} to its {@code )}, without the NULLS clauses
     * @param nullsFirst per key, true for NULLS FIRST, false for NULLS LAST, null where none is written
     * @param next       the token after the key list in the statement
     */
    record Keys(Cursor keys, List<Boolean> nullsFirst, int next) {
        /** {@return the attribute pg_index implies for key {@code k}: only an order other than the default (first for DESC, last for ASC)} */
        io.atlas4j.schema.Attrs attrs(int k, boolean desc) {
            Boolean first = k < nullsFirst.size() ? nullsFirst.get(k) : null;
            if (first == null || first == desc) return io.atlas4j.schema.Attrs.EMPTY;
            return io.atlas4j.schema.Attrs.of(new io.atlas4j.postgres.PgNullsOrder(first));
        }
    }

    private PgExprIndexNulls() {
    }

    /** @param c at the {@code (} of the key list */
    static Keys strip(Cursor c) {
        if (!c.at("(")) throw new Unsupported("an index without a key list");
        List<Token> kept = new ArrayList<>();
        List<Boolean> nulls = new ArrayList<>();
        nulls.add(null);
        int depth = 0;
        for (int k = c.i; k < c.t.size(); k++) {
            Token x = c.t.get(k);
            if (x.is("(")) depth++;
            if (x.is(")") && --depth == 0) {
                kept.add(x);
                return new Keys(new Cursor(c.sql, kept), nulls, k + 1);
            }
            if (depth == 1 && x.is(",")) nulls.add(null);
            if (depth == 1 && x.is("NULLS") && k + 1 < c.t.size() && (c.t.get(k + 1).is("FIRST") || c.t.get(k + 1).is("LAST"))) {
                if (nulls.get(nulls.size() - 1) != null) throw new Unsupported("NULLS twice on one index key");
                nulls.set(nulls.size() - 1, c.t.get(k + 1).is("FIRST"));
                k++;
                continue;
            }
            kept.add(x);
        }
        throw new Unsupported("an index key list without its closing parenthesis");
    }
}
