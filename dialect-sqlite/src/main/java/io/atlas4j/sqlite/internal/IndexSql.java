package io.atlas4j.sqlite.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The key-part texts and WHERE predicate of a {@code CREATE INDEX} statement. */
record IndexSql(List<String> parts, Optional<String> where) {
    IndexSql {
        parts = List.copyOf(parts);
    }

    /** Parses {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON tbl (parts) [WHERE expr]}. */
    static IndexSql parse(String sql) {
        List<Token> t = SqlTokens.tokenize(sql);
        int on = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).is("ON")) {
                on = i;
                break;
            }
        }
        int open = -1;
        for (int i = Math.max(on, 0); i < t.size(); i++) {
            if (t.get(i).isPunct('(')) {
                open = i;
                break;
            }
        }
        if (open < 0) return new IndexSql(List.of(), Optional.empty());
        int close = SqlTokens.closing(t, open);
        List<String> parts = new ArrayList<>();
        for (int[] p : SqlTokens.splitCommas(t, open + 1, close)) {
            int end = p[1];
            if (end - 1 > p[0] && (t.get(end - 1).is("ASC") || t.get(end - 1).is("DESC"))) end--;
            if (end - 2 > p[0] && t.get(end - 2).is("COLLATE")) end -= 2;
            parts.add(SqlTokens.text(sql, t, p[0], end));
        }
        Optional<String> where = Optional.empty();
        if (close + 1 < t.size() && t.get(close + 1).is("WHERE")) {
            where = Optional.of(sql.substring(t.get(close + 1).end()).strip());
        }
        return new IndexSql(parts, where);
    }
}
